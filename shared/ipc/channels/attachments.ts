import { z } from 'zod';
import { reportIdSchema, type Attachment } from '../../report/schema';
import { defineChannel } from '../channel';

/** Largest file an officer can attach; bigger ones get a plain message, not a frozen app. */
export const MAX_ATTACHMENT_BYTES = 15 * 1024 * 1024;

/**
 * Most pixels a photo may have, wherever it comes from or goes (attached, imported, synced,
 * exported): 24 million, e.g. 6000 × 4000. Larger photos are refused by their header alone.
 */
export const MAX_PHOTO_PIXELS = 24_000_000;

export const attachmentChannels = {
  addAttachment: defineChannel<Attachment>()(
    'attachments:add',
    z
      .object({
        reportId: reportIdSchema,
        fileName: z.string().min(1).max(255),
        mediaType: z.string().max(100),
        // Bytes travel as base64 so the same contract works over Electron IPC and the E2E bridge.
        base64: z.string().max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 8),
      })
      .strict(),
  ),
  /** The report-sized copy (downscaled for images) as a data: URL for previews. */
  attachmentPreview: defineChannel<string>()(
    'attachments:preview',
    z.object({ attachmentId: z.string().regex(/^[a-f0-9]{64}$/) }).strict(),
  ),
};
