import { RipotiError } from '@/shared/errors';
import type { Services } from '../../services/create-services';
import type { WordImportService } from '../../services/word-import/word-import-service';
import type { HandlersFor } from '../handlers';

function wordImportOf(services: Services): WordImportService {
  if (!services.wordImport)
    throw new RipotiError(
      'internal',
      'Word files cannot be imported in this mode of Ripoti (drafts are not stored on disk).',
    );
  return services.wordImport;
}

export function wordImportHandlers(
  services: Services,
): HandlersFor<'previewWordImport' | 'applyWordImport' | 'undoWordImport'> {
  return {
    previewWordImport: ({ fileName, base64 }) =>
      wordImportOf(services).preview(fileName, Buffer.from(base64, 'base64')),
    applyWordImport: ({ previewId, into, decisions }) => wordImportOf(services).apply(previewId, into, decisions),
    undoWordImport: async ({ reportId, snapshotId }) => {
      await wordImportOf(services).undo(reportId, snapshotId);
      return null;
    },
  };
}
