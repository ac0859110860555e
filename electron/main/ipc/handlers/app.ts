import type { Services } from '../../services/services';
import type { HandlersFor } from '../handlers';

export function appHandlers(services: Services): HandlersFor<'getAppInfo'> {
  return { getAppInfo: () => services.appInfo };
}
