import { z } from 'zod';
import { featureIdSchema, reportIdSchema } from '../../report/schema';
import { MAX_WORD_FILE_BYTES, type WordFileProblem } from '../../word-import/word-file-problem';
import { defineChannel } from '../channel';

export const IMPORT_FIELDS = ['narrative', 'actions', 'goodPractice', 'challenges', 'nextSteps'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Where one part of a Word document goes. `field: 'auto'` follows the labels inside the part. */
export const importTargetSchema = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('feature'), featureId: featureIdSchema, field: z.enum(['auto', ...IMPORT_FIELDS]) })
    .strict(),
  z.object({ kind: z.literal('profile') }).strict(),
  /** "Other / not mapped": kept in the report's annex, never dropped. */
  z.object({ kind: z.literal('annex') }).strict(),
  z.object({ kind: z.literal('skip') }).strict(),
]);
export type ImportTarget = z.infer<typeof importTargetSchema>;

/** Where a target field already has text: keep it (the default), add the import after it, or replace it. */
export const EXISTING_TEXT_POLICIES = ['keep', 'append', 'replace'] as const;
export type ExistingTextPolicy = (typeof EXISTING_TEXT_POLICIES)[number];

/** Why a part got its proposed target: the mapping screen says it in the officer's words. */
export type ProposalReason =
  | 'number'
  | 'number-and-title'
  | 'title-exact'
  | 'title-fuzzy'
  | 'field-label'
  | 'inside-feature'
  | 'profile'
  | 'structure'
  | 'generated'
  | 'front-matter'
  | 'not-recognised';

/** One part of the document as the mapping screen lists it. */
export interface ImportPartView {
  readonly id: string;
  /** The heading as written; empty for text before the first heading. */
  readonly heading: string;
  readonly level: number;
  readonly proposed: ImportTarget;
  readonly reason: ProposalReason;
  readonly confidence: number;
  /** The part this one sits under (a "Challenges" heading under its Key Feature): it follows its parent's new target. */
  readonly parentId: string | null;
  readonly firstWords: string;
  readonly wordCount: number;
  /** Fields the labels inside the part name, in order of appearance. */
  readonly fields: readonly ImportField[];
  readonly measureRows: number;
  readonly photos: number;
  readonly notApplicable: boolean;
  readonly profileFields: number;
}

export interface WordImportPreview {
  readonly previewId: string;
  readonly fileName: string;
  readonly parts: readonly ImportPartView[];
  /** Tracked changes found in the file: imported as if accepted. */
  readonly trackedChanges: number;
  /** Comments found in the file: not imported. */
  readonly comments: number;
  /** The language most titles were recognised in, the one a new report gets. */
  readonly language: 'en' | 'sw' | 'fr' | null;
  readonly readMs: number;
}

export type WordImportPreviewResult =
  | { readonly status: 'ready'; readonly preview: WordImportPreview }
  | { readonly status: 'refused'; readonly problem: WordFileProblem; readonly message: string };

export const importDecisionSchema = z
  .object({
    partId: z.string().regex(/^p\d{1,6}$/),
    target: importTargetSchema,
    policy: z.enum(EXISTING_TEXT_POLICIES),
  })
  .strict();
export type ImportDecision = z.infer<typeof importDecisionSchema>;

/** A picture that could not be imported (too large, not JPEG or PNG): named, the rest goes on. */
export interface SkippedPicture {
  readonly partHeading: string;
  readonly caption: string;
  readonly message: string;
}

export interface WordImportOutcome {
  readonly reportId: string;
  /** Undo puts back this History snapshot (import into an open report) or removes the new report. */
  readonly undo: { readonly reportId: string; readonly snapshotId: string | null };
  readonly featuresChanged: readonly string[];
  readonly annexEntries: number;
  readonly photosAdded: number;
  readonly skippedPictures: readonly SkippedPicture[];
}

const previewIdSchema = z.string().regex(/^[a-f0-9-]{36}$/);

export const wordImportChannels = {
  /** Reads the file and proposes a target for each part; nothing is written. */
  previewWordImport: defineChannel<WordImportPreviewResult>()(
    'word:import-preview',
    z
      .object({
        fileName: z.string().min(1).max(255),
        base64: z.string().max(Math.ceil((MAX_WORD_FILE_BYTES * 4) / 3) + 8),
      })
      .strict(),
  ),
  /** Writes the officer's choices: into the open report (after a History snapshot) or into a new report. */
  applyWordImport: defineChannel<WordImportOutcome>()(
    'word:import-apply',
    z
      .object({
        previewId: previewIdSchema,
        into: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('new') }).strict(),
          z.object({ kind: z.literal('report'), reportId: reportIdSchema }).strict(),
        ]),
        decisions: z.array(importDecisionSchema).max(20_000),
      })
      .strict(),
  ),
  /** The whole import undone in one step. */
  undoWordImport: defineChannel<null>()(
    'word:import-undo',
    z
      .object({
        reportId: reportIdSchema,
        snapshotId: z
          .string()
          .regex(/^[0-9TZ-]+-[a-z-]+$/)
          .max(80)
          .nullable(),
      })
      .strict(),
  ),
};
