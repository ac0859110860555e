import type { Services } from '../../services/create-services';
import type { HandlersFor } from '../handlers';

export function spellingHandlers(services: Services): HandlersFor<'spellCheck'> {
  return {
    spellCheck: ({ language, words }) => services.spelling.misspelled(language, words),
  };
}
