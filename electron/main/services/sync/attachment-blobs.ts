/**
 * The bytes of photos and documents, addressed by their sha256 digest (the report's attachment
 * id). Sync reads from it to upload and writes colleagues' photos into it. The attachments
 * issue owns the real store; sync depends only on this interface.
 */
export interface AttachmentBlobs {
  has(digest: string): Promise<boolean>;
  read(digest: string): Promise<Uint8Array>;
  write(digest: string, bytes: Uint8Array, about: { fileName: string; mediaType: string }): Promise<void>;
}

/** Keeps bytes in memory: tests, and the app until a durable attachment store is wired. */
export class InMemoryAttachmentBlobs implements AttachmentBlobs {
  private readonly blobs = new Map<string, Uint8Array>();

  has(digest: string): Promise<boolean> {
    return Promise.resolve(this.blobs.has(digest));
  }

  read(digest: string): Promise<Uint8Array> {
    const bytes = this.blobs.get(digest);
    return bytes ? Promise.resolve(bytes) : Promise.reject(new Error(`no attachment ${digest}`));
  }

  write(digest: string, bytes: Uint8Array, _about?: { fileName: string; mediaType: string }): Promise<void> {
    this.blobs.set(digest, bytes);
    return Promise.resolve();
  }
}
