import type { Services } from '../../services/create-services';
import type { HandlersFor } from '../handlers';

export function appUpdateHandlers(services: Services): HandlersFor<'updateStatus' | 'checkForUpdates'> {
  return {
    updateStatus: () => services.updates.status(),
    checkForUpdates: () => services.updates.check(),
  };
}
