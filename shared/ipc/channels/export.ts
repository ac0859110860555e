import { z } from 'zod';
import { languageSchema, type Language } from '../../language';
import { FINAL_CHECK_KINDS } from '../../report/final-check';
import { reportIdSchema } from '../../report/schema';
import { defineChannel } from '../channel';

export const PAPER_SIZES = ['a4', 'letter'] as const;

/**
 * Languages the exported report's fixed words exist in (electron/main/services/export/labels).
 * Adding French or Kiswahili: write its labels file, then list it here for the Export step.
 */
export const REPORT_LANGUAGES: readonly Language[] = ['en', 'sw', 'fr'];
export const EXPORT_MODES = ['draft', 'final'] as const;

/** What the officer chooses in the Export step; the CLI builds the same object from its flags. */
export const exportOptionsSchema = z
  .object({
    mode: z.enum(EXPORT_MODES),
    paper: z.enum(PAPER_SIZES),
    includePhotos: z.boolean(),
    /** Area ids to include; absent means every area. */
    areaIds: z.array(z.string().regex(/^\d+(\.\d+)*$/).max(20)).max(100).optional(),
    language: languageSchema,
    /**
     * A final export is held to the rules Review lists (shared/report/final-check.ts); each kind
     * of problem still there must be confirmed by the officer, or the export is refused.
     */
    confirmed: z.array(z.enum(FINAL_CHECK_KINDS)).max(FINAL_CHECK_KINDS.length),
  })
  .strict();
export type ExportOptions = z.infer<typeof exportOptionsSchema>;

export const defaultExportOptions: ExportOptions = {
  mode: 'draft',
  paper: 'a4',
  includePhotos: true,
  language: 'en',
  confirmed: [],
};

/** The value of a finished export job (`jobs:status` → done). */
export interface ExportResult {
  readonly filePath: string;
  readonly fileName: string;
  readonly byteLength: number;
  /** Photos left out (corrupt or unreadable files), each named, with why. */
  readonly warnings: readonly ExportWarning[];
}

/** Why a photo was left out of an export; the interface words each in its language. */
export const PHOTO_PROBLEMS = ['too-large', 'too-many-pixels', 'not-a-picture', 'cut-short', 'damaged', 'no-size', 'unreadable'] as const;
export type PhotoProblem = (typeof PHOTO_PROBLEMS)[number];

/** A photo the export left out. */
export interface ExportWarning {
  /** The photo's file name, as the officer knows it. */
  readonly photo: string;
  readonly problem: PhotoProblem;
  /** Main's plain English sentence, with the particulars (the CLI and the logs show it). */
  readonly message: string;
}

/** `jobId` is null when the officer closed the save dialog without choosing a file. */
export interface ExportStarted {
  readonly jobId: string | null;
}

const exportedFile = z.object({ filePath: z.string().min(1).max(4096) }).strict();

export const exportChannels = {
  startExport: defineChannel<ExportStarted>()(
    'export:start',
    z.object({ reportId: reportIdSchema, options: exportOptionsSchema }).strict(),
  ),
  openExportedFile: defineChannel<null>()('export:open', exportedFile),
  showExportedFile: defineChannel<null>()('export:show', exportedFile),
};
