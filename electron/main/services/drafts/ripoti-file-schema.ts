import { z } from 'zod';
import { MAX_ATTACHMENT_BYTES } from '@/shared/ipc/channels/attachments';
import { MEDIA_TYPE_PATTERN } from '../attachments/media-type';

export const RIPOTI_FILE_FORMAT = 'ripoti-draft';
export const RIPOTI_FILE_VERSION = 1;

/** A report nests six levels (body → report → sections → feature → measures → row); a file may not nest more than this. */
export const MAX_RIPOTI_JSON_DEPTH = 32;

const sha256Id = z.string().regex(/^[a-f0-9]{64}$/);
const MAX_BASE64_LENGTH = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;
/**
 * Strict base64 (what Buffer.toString('base64') writes), no bigger than an attachment may be.
 * One flat character class, never a repeated group: a group repeated over a 20 MB string
 * exhausts the regular-expression engine's stack.
 */
const base64Bytes = z
  .string()
  .max(MAX_BASE64_LENGTH)
  .refine(
    (text) => text.length <= MAX_BASE64_LENGTH && text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text),
    'not base64',
  );

/** What identifies a file as ours and says how new it is: read before the strict body schema. */
export const ripotiEnvelopeSchema = z.object({
  format: z.literal(RIPOTI_FILE_FORMAT),
  formatVersion: z.number().int().min(1),
  appVersion: z.string().max(100),
});

/**
 * The whole body of a .ripoti file as this version writes it. The report is checked by
 * migrateReport (it may be an older format); everything around it is checked here, so nothing
 * after this reads an unchecked value.
 */
export const ripotiBodySchema = ripotiEnvelopeSchema
  .extend({
    formatVersion: z.literal(RIPOTI_FILE_VERSION),
    schemaVersion: z.number().int().min(0).max(1000),
    exportedAt: z.iso.datetime({ offset: true }),
    report: z.record(z.string(), z.unknown()),
    attachments: z.record(sha256Id, base64Bytes),
  })
  .strict();

/** A report's attachment record, checked beyond the draft schema: a real media type. */
export const carriedAttachmentSchema = z.object({
  id: sha256Id,
  mediaType: z.string().regex(MEDIA_TYPE_PATTERN, 'not a media type'),
});
