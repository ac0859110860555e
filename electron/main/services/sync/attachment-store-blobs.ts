import { isRipotiError } from '@/shared/errors';
import type { AttachmentStore } from '../attachments/attachment-store';
import type { AttachmentBlobs } from './attachment-blobs';

/** The drafts folder's attachment store seen through the interface sync needs. */
export class AttachmentStoreBlobs implements AttachmentBlobs {
  constructor(private readonly store: AttachmentStore) {}

  async has(digest: string): Promise<boolean> {
    try {
      await this.store.read(digest);
      return true;
    } catch (error) {
      if (isRipotiError(error) && error.code === 'not-found') return false;
      throw error;
    }
  }

  read(digest: string): Promise<Uint8Array> {
    return this.store.read(digest);
  }

  /** A colleague's photo: stored under its digest, which the store checks against the bytes. */
  write(digest: string, bytes: Uint8Array, about: { fileName: string; mediaType: string }): Promise<void> {
    return this.store.addKnown(digest, bytes, about.fileName, about.mediaType);
  }
}
