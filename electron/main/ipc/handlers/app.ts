import type { Services } from '../../services/create-services';
import type { HandlersFor } from '../handlers';

export function appHandlers(services: Services): HandlersFor<'getAppInfo'> {
  return { getAppInfo: () => services.appInfo };
}
