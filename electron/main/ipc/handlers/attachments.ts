import type { Services } from '../../services/create-services';
import type { HandlersFor } from '../handlers';
import { draftsOf } from './drafts';

export function attachmentHandlers(services: Services): HandlersFor<'addAttachment' | 'attachmentPreview'> {
  return {
    // Stored by content first, then recorded in the report: a failure in between leaves only an unused file.
    addAttachment: async ({ reportId, fileName, mediaType, base64 }) => {
      const drafts = draftsOf(services);
      await drafts.store.get(reportId);
      const attachment = await drafts.attachments.add({ fileName, mediaType, bytes: Buffer.from(base64, 'base64') });
      await drafts.store.addAttachment(reportId, attachment);
      return attachment;
    },
    attachmentPreview: async ({ attachmentId }) => {
      const bytes = await draftsOf(services).attachments.readForReport(attachmentId);
      const kind = bytes[0] === 0x89 ? 'png' : bytes[0] === 0xff ? 'jpeg' : null;
      return kind ? `data:image/${kind};base64,${Buffer.from(bytes).toString('base64')}` : '';
    },
  };
}
