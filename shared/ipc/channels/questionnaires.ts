import { z } from 'zod';
import { featureIdSchema, reportIdSchema } from '../../report/schema';
import { MAX_WORD_FILE_BYTES, type WordFileProblem } from '../../word-import/word-file-problem';
import { defineChannel } from '../channel';
import { IMPORT_FIELDS, type SkippedPicture } from './word-import';

/** What a department can be asked: the text fields of a Key Feature and its measures table. */
export const QUESTION_FIELDS = [...IMPORT_FIELDS, 'measures'] as const;
export type QuestionField = (typeof QUESTION_FIELDS)[number];

export interface QuestionRef {
  readonly featureId: string;
  readonly field: QuestionField;
}

/** One questionnaire sent from this report, and what came back. */
export interface QuestionnaireSummary {
  readonly id: string;
  readonly department: string;
  readonly dueDate: string;
  readonly sentAt: string;
  readonly questions: readonly QuestionRef[];
  readonly returns: readonly {
    readonly receivedAt: string;
    readonly fileName: string;
    readonly changed: number;
    readonly unchanged: number;
    readonly conflicts: number;
    readonly notFound: number;
  }[];
  /** Conflicts from its answers still waiting for the officer. */
  readonly pendingConflicts: number;
}

/** A field the officer changed since sending and the department changed too: the shape the conflict view shows. */
export interface QuestionnaireConflict {
  readonly key: string;
  readonly path: readonly string[];
  readonly base: unknown;
  readonly mine: unknown;
  readonly theirs: unknown;
  readonly questionnaireId: string;
  readonly department: string;
  readonly receivedAt: string;
}

export interface AnswersOutcome {
  readonly reportId: string;
  readonly questionnaireId: string;
  readonly department: string;
  readonly receivedAt: string;
  /** Fields the department changed that were written into the report. */
  readonly changed: readonly QuestionRef[];
  readonly unchanged: readonly QuestionRef[];
  readonly conflicts: readonly QuestionRef[];
  /** Answer areas not found in the returned file (their reference line was deleted). */
  readonly notFound: readonly QuestionRef[];
  readonly photosAdded: number;
  readonly skippedPictures: readonly SkippedPicture[];
  readonly trackedChanges: number;
  readonly comments: number;
}

export type AnswersImportResult =
  | { readonly status: 'imported'; readonly outcome: AnswersOutcome }
  | { readonly status: 'refused'; readonly problem: WordFileProblem; readonly message: string }
  /** A readable .docx that is no questionnaire of this computer's reports. */
  | { readonly status: 'not-a-questionnaire'; readonly message: string };

const resolutionSchema = z.discriminatedUnion('keep', [
  z.object({ keep: z.literal('mine') }).strict(),
  z.object({ keep: z.literal('theirs') }).strict(),
  z.object({ keep: z.literal('edited'), value: z.string().max(2_000_000) }).strict(),
]);

export const questionnaireChannels = {
  /** Writes the questionnaire .docx and records what was sent (the base of the later merge). */
  createQuestionnaire: defineChannel<{ questionnaireId: string; fileName: string; base64: string }>()(
    'questionnaires:create',
    z
      .object({
        reportId: reportIdSchema,
        department: z.string().trim().min(1).max(120),
        dueDate: z.iso.date(),
        questions: z
          .array(z.object({ featureId: featureIdSchema, field: z.enum(QUESTION_FIELDS) }).strict())
          .min(1)
          .max(600),
      })
      .strict(),
  ),
  /** Reads a returned questionnaire and merges its answers (three-way, the sent version as base). */
  importAnswers: defineChannel<AnswersImportResult>()(
    'questionnaires:import-answers',
    z
      .object({
        fileName: z.string().min(1).max(255),
        base64: z.string().max(Math.ceil((MAX_WORD_FILE_BYTES * 4) / 3) + 8),
      })
      .strict(),
  ),
  listQuestionnaires: defineChannel<QuestionnaireSummary[]>()(
    'questionnaires:list',
    z.object({ reportId: reportIdSchema }).strict(),
  ),
  listQuestionnaireConflicts: defineChannel<QuestionnaireConflict[]>()(
    'questionnaires:conflicts',
    z.object({ reportId: reportIdSchema }).strict(),
  ),
  resolveQuestionnaireConflict: defineChannel<number>()(
    'questionnaires:resolve',
    z
      .object({
        reportId: reportIdSchema,
        questionnaireId: z.uuid(),
        key: z.string().min(1).max(500),
        resolution: resolutionSchema,
      })
      .strict(),
  ),
};
