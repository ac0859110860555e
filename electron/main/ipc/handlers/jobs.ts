import type { Services } from '../../services/create-services';
import type { HandlersFor } from '../handlers';

export function jobHandlers(services: Services): HandlersFor<'getJobStatus' | 'cancelJob'> {
  return {
    getJobStatus: ({ jobId }) => services.jobs.update(jobId),
    cancelJob: ({ jobId }) => {
      services.jobs.cancel(jobId);
      return null;
    },
  };
}
