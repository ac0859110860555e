import { z } from 'zod';
import type { PageModel } from '../../pages/page-model';
import { reportIdSchema, reportSchema } from '../../report/schema';
import { defineChannel } from '../channel';
import { exportOptionsSchema, type ExportWarning } from './export';

/** The report's pages as they will print, and the photos that had to be left out. */
export interface PreviewPages {
  readonly model: PageModel;
  readonly warnings: readonly ExportWarning[];
}

/** A picture of the pages by its name in the model: docx's content hash and type. */
export const mediaNameSchema = z.string().regex(/^[a-f0-9]{40}\.(png|jpg|jpeg|gif|bmp)$/);

/** What "Prepare for sending" wrote, and what it had to change to fit. */
export interface SendingPackage {
  readonly folder: string;
  readonly files: readonly { readonly name: string; readonly byteLength: number }[];
  readonly totalBytes: number;
  readonly limitBytes: number;
  readonly fits: boolean;
  /** Each photo that was made smaller: its name, size before and after (pixels of the long side, bytes). */
  readonly photos: readonly PhotoChange[];
  /** JPEG quality and longest side the photos were saved at; absent when nothing had to change. */
  readonly setting?: { readonly quality: number; readonly longSide: number };
  readonly warnings: readonly ExportWarning[];
}

export interface PhotoChange {
  readonly name: string;
  readonly before: { readonly longSide: number; readonly bytes: number };
  readonly after: { readonly longSide: number; readonly bytes: number };
}

/** E-mail friendly: most county mailboxes take attachments up to 5–10 MB. */
export const DEFAULT_PACKAGE_MEGABYTES = 5;

export const previewChannels = {
  /**
   * Lays out the report as the officer has it in the form now (saved or not yet saved) and
   * returns its pages: the same layout as the Word file's.
   */
  previewPages: defineChannel<PreviewPages>()('preview:pages', z.object({ report: reportSchema, options: exportOptionsSchema }).strict()),
  /** A photo of the pages, as a data: URL (the preview asks for those it draws). */
  previewPicture: defineChannel<string>()('preview:picture', z.object({ media: mediaNameSchema }).strict()),
  /** "Save as PDF": asks where, then writes the PDF as a job (`jobs:status` → ExportResult). */
  savePdf: defineChannel<{ readonly jobId: string | null }>()('preview:save-pdf', z.object({ reportId: reportIdSchema, options: exportOptionsSchema }).strict()),
  /** "Prepare for sending": the final .docx, the PDF and a manifest, photos made smaller until all fit (`jobs:status` → SendingPackage). */
  prepareSending: defineChannel<{ readonly jobId: string | null }>()(
    'preview:prepare-sending',
    z.object({ reportId: reportIdSchema, options: exportOptionsSchema, maxMegabytes: z.number().min(1).max(100) }).strict(),
  ),
};
