import type { Services } from '../../services/create-services';
import type { HandlersFor } from '../handlers';

type ReportMethod =
  | 'getFramework'
  | 'listReports'
  | 'createReport'
  | 'getReport'
  | 'updateSection'
  | 'updateProfile'
  | 'updateReportMeta'
  | 'deleteReport'
  | 'restoreReport'
  | 'duplicateReport';

export function reportHandlers(services: Services): HandlersFor<ReportMethod> {
  return {
    getFramework: () => services.framework,
    listReports: () => services.reports.list(),
    createReport: (args) => services.reports.create(args),
    getReport: ({ id }) => services.reports.get(id),
    updateSection: ({ reportId, featureId, section }) => services.reports.updateSection(reportId, featureId, section),
    updateProfile: ({ reportId, profile }) => services.reports.updateProfile(reportId, profile),
    updateReportMeta: ({ reportId, patch }) => services.reports.updateMeta(reportId, patch),
    deleteReport: async ({ id }) => {
      await services.reports.delete(id);
      return null;
    },
    restoreReport: ({ report }) => services.reports.restore(report),
    duplicateReport: ({ id, title }) => services.reports.duplicate(id, title),
  };
}
