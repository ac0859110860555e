import type { Services } from '../../services/create-services';
import type { HandlersFor } from '../handlers';

export function appFileHandlers(services: Services): HandlersFor<'takePendingOpenFile'> {
  return { takePendingOpenFile: () => services.openFiles.take() };
}
