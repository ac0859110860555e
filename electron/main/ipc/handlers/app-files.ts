import type { Services } from '../../services/services';
import type { HandlersFor } from '../handlers';

export function appFileHandlers(services: Services): HandlersFor<'takePendingOpenFile'> {
  return { takePendingOpenFile: () => services.openFiles.take() };
}
