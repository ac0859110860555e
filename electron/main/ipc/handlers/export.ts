import type { Services } from '../../services/create-services';
import type { HandlersFor } from '../handlers';

export function exportHandlers(
  services: Services,
): HandlersFor<'prepareExport' | 'startExport' | 'openExportedFile' | 'showExportedFile'> {
  return {
    prepareExport: () => services.exports.prepare(),
    startExport: ({ reportId, options }) => services.exports.start(reportId, options),
    openExportedFile: ({ filePath }) => services.exports.open(filePath),
    showExportedFile: ({ filePath }) => services.exports.show(filePath),
  };
}
