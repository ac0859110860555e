import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { RipotiError } from '@/shared/errors';
import { MAX_ATTACHMENT_BYTES } from '@/shared/ipc/channels/attachments';
import type { Attachment } from '@/shared/report/schema';
import { sha256, writeFileDurably } from '../drafts/durable-file';
import { isMissing, storageError } from '../drafts/storage-error';
import { inspectImage, looksLikeImage } from '../export/images/inspect-image';
import { photoThread, photoWorkerFromSource, type PhotoChecker } from '../export/images/photo-worker/photo-thread';
import { documentMediaType } from './media-type';
import { photoNotAdded } from './photo-not-added';

export interface NewAttachment {
  readonly fileName: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
}

/**
 * Photos and documents in attachments/, named by their sha256 so the same file is stored (and
 * later synced) once. Every way in (attachments:add, a .ripoti import, a photo pulled by sync)
 * goes through add(): a photo's header is checked against the one pixel limit on this thread,
 * then it is decoded in a photo thread with a memory limit, which also makes a report-sized copy
 * beside the original (`<sha>.report`). Documents are kept as they are.
 */
export class AttachmentStore {
  constructor(
    private readonly dataDir: string,
    private readonly now: () => string = () => new Date().toISOString(),
    private readonly checkPhoto: PhotoChecker = photoThread({ script: photoWorkerFromSource() }),
  ) {}

  private fileOf(id: string, suffix = ''): string {
    // Ids become file names: only a sha256 may, so a crafted id cannot point outside the folder.
    if (!/^[a-f0-9]{64}$/.test(id)) throw new RipotiError('not-found', 'This attachment is not in the drafts folder.');
    return path.join(this.dataDir, 'attachments', `${id}${suffix}`);
  }

  async add(input: NewAttachment): Promise<Attachment> {
    if (input.bytes.length > MAX_ATTACHMENT_BYTES) {
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      throw new RipotiError(
        'too-large',
        `"${input.fileName}" is ${mb(input.bytes.length)} MB; files up to ${mb(MAX_ATTACHMENT_BYTES)} MB can be attached. Make the photo smaller or attach a shorter document.`,
      );
    }
    if (input.bytes.length === 0) throw new RipotiError('invalid-data', `"${input.fileName}" is empty.`);
    const isPhoto = looksLikeImage(input.bytes);
    if (!isPhoto && input.mediaType.startsWith('image/'))
      throw photoNotAdded(
        input.fileName,
        'not-a-picture',
        'it is not a JPEG or PNG photo Ripoti can put in the report',
      );
    const id = sha256(input.bytes);
    const photo = isPhoto ? await this.photoOf(input) : null;
    try {
      await mkdir(path.join(this.dataDir, 'attachments'), { recursive: true });
      if (!(await this.exists(id))) {
        if (photo?.reportCopy) await writeFileDurably(this.fileOf(id, '.report'), photo.reportCopy);
        await writeFileDurably(this.fileOf(id), input.bytes);
      }
    } catch (error) {
      throw storageError(error, `"${input.fileName}"`);
    }
    return {
      id,
      fileName: input.fileName,
      mediaType: photo ? photo.mediaType : documentMediaType(input.mediaType),
      byteLength: input.bytes.length,
      ...(photo && { width: photo.width, height: photo.height }),
      addedAt: this.now(),
    };
  }

  /** The header first, here (no thread is started for a file that lies about its size), then the pixels in a photo thread. */
  private async photoOf(
    input: NewAttachment,
  ): Promise<{ mediaType: string; width: number; height: number; reportCopy: Uint8Array | null }> {
    const header = inspectImage(input.bytes);
    if ('problem' in header) throw photoNotAdded(input.fileName, header.problem, header.reason);
    const outcome = await this.checkPhoto(input.bytes);
    if (!outcome.ok) throw photoNotAdded(input.fileName, outcome.problem, outcome.reason);
    return {
      mediaType: header.kind === 'png' ? 'image/png' : 'image/jpeg',
      width: outcome.width,
      height: outcome.height,
      reportCopy: outcome.reportCopy,
    };
  }

  private async exists(id: string): Promise<boolean> {
    try {
      return (await stat(this.fileOf(id))).isFile();
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  /** The original bytes, checked against their name so a damaged file is never passed on. */
  async read(id: string): Promise<Uint8Array> {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(this.fileOf(id));
    } catch (error) {
      throw isMissing(error)
        ? new RipotiError('not-found', 'This attachment is missing from the drafts folder.')
        : storageError(error, 'the attachment');
    }
    if (sha256(bytes) !== id)
      throw new RipotiError('invalid-data', 'This attachment is damaged on disk (its content no longer matches).');
    return bytes;
  }

  /** The copy for the report: the downscaled one for a large photo, else the original. */
  async readForReport(id: string): Promise<Uint8Array> {
    try {
      return await readFile(this.fileOf(id, '.report'));
    } catch (error) {
      if (!isMissing(error)) throw storageError(error, 'the attachment');
      return this.read(id);
    }
  }

  /**
   * Stores bytes that came with an imported draft file or from sync, after checking them against
   * their id; a photo among them passes the same checks as one the officer attaches.
   */
  async addKnown(id: string, bytes: Uint8Array, fileName: string, mediaType: string): Promise<void> {
    if (sha256(bytes) !== id)
      throw new RipotiError(
        'invalid-data',
        'An attachment in this draft file is damaged (its content does not match).',
      );
    if (await this.exists(id)) return;
    await this.add({ fileName, mediaType, bytes });
  }
}
