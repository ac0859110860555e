import type { Services } from '../../services/create-services';
import type { HandlersFor } from '../handlers';

export function settingsHandlers(services: Services): HandlersFor<'getSettings' | 'updateSettings'> {
  return {
    getSettings: () => services.settings.get(),
    updateSettings: ({ patch }) => services.settings.update(patch),
  };
}
