import { z } from 'zod';
import { languageSchema, type Language } from '../../language';
import { FINAL_CHECK_KINDS } from '../../report/final-check';
import { reportIdSchema } from '../../report/schema';
import { defineChannel } from '../channel';
import { defineJob } from '../job';

export const PAPER_SIZES = ['a4', 'letter'] as const;

/**
 * Languages the exported report's fixed words exist in (electron/main/services/export/labels).
 * Adding French or Kiswahili: write its labels file, then list it here for the Export step.
 */
export const REPORT_LANGUAGES: readonly Language[] = ['en', 'sw', 'fr'];
export const EXPORT_MODES = ['draft', 'final'] as const;
/**
 * The kinds of document an export can write: the Word file, and its pages as a PDF (the same
 * layout). Adding one: list it here, then give it its file and its builder in
 * electron/main/services/export/output-kinds.ts (docs/architecture.md).
 */
export const EXPORT_FORMATS = ['docx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What the officer chooses in the Export step; the CLI builds the same object from its flags. */
export const exportOptionsSchema = z
  .object({
    mode: z.enum(EXPORT_MODES),
    paper: z.enum(PAPER_SIZES),
    includePhotos: z.boolean(),
    /** Area ids to include; absent means every area. */
    areaIds: z
      .array(
        z
          .string()
          .regex(/^\d+(\.\d+)*$/)
          .max(20),
      )
      .max(100)
      .optional(),
    language: languageSchema,
    /**
     * A final export is held to the rules Review lists (shared/report/final-check.ts); each kind
     * of problem still there must be confirmed by the officer, or the export is refused.
     */
    confirmed: z.array(z.enum(FINAL_CHECK_KINDS)).max(FINAL_CHECK_KINDS.length),
    format: z.enum(EXPORT_FORMATS).default('docx'),
  })
  .strict();
export type ExportOptions = z.infer<typeof exportOptionsSchema>;

export const defaultExportOptions: ExportOptions = {
  mode: 'draft',
  paper: 'a4',
  includePhotos: true,
  language: 'en',
  confirmed: [],
  format: 'docx',
};

/** Why a photo was left out of an export; the interface words each in its language. */
export const PHOTO_PROBLEMS = [
  'too-large',
  'too-many-pixels',
  'not-a-picture',
  'cut-short',
  'damaged',
  'no-size',
  'unreadable',
  'too-much-work',
] as const;
export type PhotoProblem = (typeof PHOTO_PROBLEMS)[number];

/** A photo the export left out. */
export const exportWarningSchema = z.object({
  /** The photo's file name, as the officer knows it. */
  photo: z.string(),
  problem: z.enum(PHOTO_PROBLEMS),
  /** Main's plain English sentence, with the particulars (the CLI and the logs show it). */
  message: z.string(),
});
export type ExportWarning = z.infer<typeof exportWarningSchema>;

/** The value of a finished export job. */
export const exportResultSchema = z.object({
  filePath: z.string(),
  fileName: z.string(),
  byteLength: z.number().int().nonnegative(),
  /** Photos left out (corrupt or unreadable files), each named, with why. */
  warnings: z.array(exportWarningSchema),
});
export type ExportResult = z.infer<typeof exportResultSchema>;

/** Where an export has got to; the renderer words each code (locales: `export.steps.<code>`). */
export const exportStepSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('reading-photos') }),
  z.object({ code: z.literal('preparing-photo'), photo: z.number().int(), photos: z.number().int() }),
  z.object({ code: z.literal('drawing-charts') }),
  z.object({ code: z.literal('laying-out') }),
  z.object({ code: z.literal('writing-pdf') }),
  z.object({ code: z.literal('saving') }),
]);
export type ExportStep = z.infer<typeof exportStepSchema>;

export const exportJob = defineJob({
  step: exportStepSchema,
  firstStep: { code: 'reading-photos' },
  result: exportResultSchema,
});

/** `jobId` is null when the officer closed the save dialog without choosing a file. */
export interface ExportStarted {
  readonly jobId: string | null;
}

const exportedFile = z.object({ filePath: z.string().min(1).max(4096) }).strict();

export const exportChannels = {
  /** The Export step opened: main gets the export's worker ready, so the first export is as quick as the next. */
  prepareExport: defineChannel<null>()('export:prepare', z.object({}).strict()),
  startExport: defineChannel<ExportStarted>()(
    'export:start',
    z.object({ reportId: reportIdSchema, options: exportOptionsSchema }).strict(),
  ),
  openExportedFile: defineChannel<null>()('export:open', exportedFile),
  showExportedFile: defineChannel<null>()('export:show', exportedFile),
};
