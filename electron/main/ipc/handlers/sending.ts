import type { Services } from '../../services/create-services';
import type { HandlersFor } from '../handlers';

export function sendingHandlers(services: Services): HandlersFor<'startSending'> {
  return {
    startSending: ({ reportId, options, maxMegabytes }) => services.sending.start(reportId, options, maxMegabytes),
  };
}
