import type { Services } from '../../services/services';
import type { HandlersFor } from '../handlers';

export function reportHandlers(services: Services): HandlersFor<'listReports' | 'createReport' | 'getReport'> {
  return {
    listReports: () => services.reports.list(),
    createReport: (args) => services.reports.create(args),
    getReport: ({ id }) => services.reports.get(id),
  };
}
