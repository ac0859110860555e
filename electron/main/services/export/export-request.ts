import type { Framework } from '@/shared/framework/schema';
import type { ExportOptions, ExportWarning } from '@/shared/ipc/channels/export';
import type { JobProgress } from '@/shared/ipc/channels/jobs';
import type { Report } from '@/shared/report/schema';

/** Reads a photo's bytes by its attachment id, whatever the attachment store's layout (app, .ripoti file, folder). */
export type AttachmentReader = (attachmentId: string) => Promise<Uint8Array>;

/** A photo's bytes as read from the officer's attachments, with the name shown in messages. */
export interface PhotoFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * Everything one export needs, as plain data: it crosses into the worker thread by
 * structured clone (photo bytes are transferred, not copied).
 */
export interface ExportRequest {
  readonly report: Report;
  readonly framework: Framework;
  readonly options: ExportOptions;
  readonly photos: ReadonlyMap<string, PhotoFile>;
  /** ISO timestamp printed on the cover. */
  readonly exportedAt: string;
  readonly coverAttachmentId?: string;
}

export interface ExportedDocument {
  readonly bytes: Uint8Array;
  readonly warnings: readonly ExportWarning[];
}

/** Where the export has got to, as the job reports it. */
export type ExportProgress = (progress: JobProgress<'export'>) => void;
