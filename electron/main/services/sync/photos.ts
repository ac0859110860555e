import { createHash } from 'node:crypto';
import type { Report } from '@/shared/report/schema';
import { attachmentDocId } from '@/shared/sync/report-documents';
import type { AttachmentBlobs } from './attachment-blobs';
import type { CouchDatabase } from './couch-database';
import { SyncFailure } from './sync-failure';
import type { ServerProblem } from './sync-state';

const MEDIA_TYPE = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/i;

/**
 * Colleagues' photos this computer lacks, each checked against its digest. A photo missing or
 * damaged on the server is reported and skipped: one bad photo never blocks the report.
 */
export async function fetchPhotos(
  report: Report,
  database: CouchDatabase,
  blobs: AttachmentBlobs,
): Promise<ServerProblem[]> {
  const problems: ServerProblem[] = [];
  for (const attachment of Object.values(report.attachments)) {
    if (await blobs.has(attachment.id)) continue;
    const docId = attachmentDocId(attachment.id);
    const bytes = await database.getAttachment(docId, 'content', attachment.byteLength);
    if (!bytes) {
      problems.push({
        docId,
        rev: '',
        reason: `the photo ${attachment.fileName} is not on the server`,
        blocking: false,
      });
    } else if (sha256(bytes) !== attachment.id) {
      problems.push({
        docId,
        rev: '',
        reason: `the server's copy of the photo ${attachment.fileName} is damaged; it was not saved`,
        blocking: false,
      });
    } else {
      await blobs.write(attachment.id, bytes, { fileName: attachment.fileName, mediaType: attachment.mediaType });
    }
  }
  return problems;
}

/**
 * One photo to the server, unless it is already there whole. The bytes are checked against
 * their digest first: a photo damaged on this computer is refused here, not spread to every
 * laptop in the county.
 */
export async function sendPhoto(
  photo: Report['attachments'][string],
  database: CouchDatabase,
  blobs: AttachmentBlobs,
  onProgress: (sentBytes: number) => void,
): Promise<void> {
  const docId = attachmentDocId(photo.id);
  if (await database.hasAttachment(docId, photo.byteLength)) return;
  const bytes = await blobs.read(photo.id);
  if (sha256(bytes) !== photo.id)
    throw new SyncFailure(
      'invalid-data',
      `The photo ${photo.fileName} is damaged on this computer; it was not sent.`,
      false,
    );
  // A media type that is not one (CR/LF inside, say) would break the request: send such a file as plain bytes.
  const mediaType =
    MEDIA_TYPE.test(photo.mediaType) && photo.mediaType.length <= 100 ? photo.mediaType : 'application/octet-stream';
  await database.putAttachment(docId, mediaType, bytes, (progress) => onProgress(progress.sentBytes));
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
