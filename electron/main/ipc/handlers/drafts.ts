import { RipotiError } from '@/shared/errors';
import type { DraftServices } from '../../services/drafts/draft-services';
import type { Services } from '../../services/create-services';
import type { HandlersFor } from '../handlers';

/** Durable drafts exist in the app and its tests; a services container without them says so plainly. */
export function draftsOf(services: Services): DraftServices {
  if (!services.drafts) throw new RipotiError('internal', 'Drafts are not stored on disk in this mode of Ripoti.');
  return services.drafts;
}

export function draftHandlers(
  services: Services,
): HandlersFor<'recoveryNotices' | 'exportDraftFile' | 'importDraftFile'> {
  return {
    recoveryNotices: () => [...draftsOf(services).store.recoveryNotices],
    exportDraftFile: async ({ reportId }) => {
      const { fileName, bytes } = await draftsOf(services).files.exportFile(reportId);
      return { fileName, base64: bytes.toString('base64') };
    },
    importDraftFile: ({ base64, mode }) => draftsOf(services).files.importFile(Buffer.from(base64, 'base64'), mode),
  };
}
