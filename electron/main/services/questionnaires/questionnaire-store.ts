import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { QUESTION_FIELDS } from '@/shared/ipc/channels/questionnaires';
import { languageSchema } from '@/shared/language';
import { featureIdSchema, measureRowSchema, reportIdSchema } from '@/shared/report/schema';
import { writeFileDurably } from '../drafts/durable-file';
import { isMissing, storageError } from '../drafts/storage-error';

const questionRefSchema = z.object({ featureId: featureIdSchema, field: z.enum(QUESTION_FIELDS) });

/** One answer area: what was asked, and the value the report had when the questionnaire was sent (the merge's base). */
const storedQuestionSchema = questionRefSchema.extend({
  index: z.number().int().nonnegative(),
  base: z.union([z.string(), z.array(measureRowSchema)]),
});

const storedConflictSchema = z.object({
  key: z.string(),
  path: z.array(z.string()),
  base: z.unknown(),
  mine: z.unknown(),
  theirs: z.unknown(),
});

const storedReturnSchema = z.object({
  receivedAt: z.string(),
  fileName: z.string(),
  changed: z.array(questionRefSchema),
  unchanged: z.array(questionRefSchema),
  notFound: z.array(questionRefSchema),
  conflictCount: z.number().int().nonnegative(),
  /** Still waiting for the officer; a resolved one is removed. */
  conflicts: z.array(storedConflictSchema),
});

const questionnaireRecordSchema = z.object({
  id: z.uuid(),
  reportId: reportIdSchema,
  department: z.string(),
  dueDate: z.string(),
  language: languageSchema,
  sentAt: z.string(),
  questions: z.array(storedQuestionSchema),
  returns: z.array(storedReturnSchema),
});

const fileSchema = z.object({ version: z.literal(1), questionnaires: z.array(questionnaireRecordSchema) });

export type StoredQuestion = z.infer<typeof storedQuestionSchema>;
export type StoredConflict = z.infer<typeof storedConflictSchema>;
export type StoredReturn = z.infer<typeof storedReturnSchema>;
export type QuestionnaireRecord = z.infer<typeof questionnaireRecordSchema>;

/**
 * The questionnaires sent from each report, in questionnaires/<reportId>.json beside the
 * drafts, written durably. They are this computer's record (what was sent is the base of the
 * merge when answers return), kept apart from the report and from sync's own state.
 */
export class QuestionnaireStore {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly dataDir: string) {}

  private fileOf(reportId: string): string {
    return path.join(this.dataDir, 'questionnaires', `${reportIdSchema.parse(reportId)}.json`);
  }

  async list(reportId: string): Promise<QuestionnaireRecord[]> {
    let text: string;
    try {
      text = await readFile(this.fileOf(reportId), 'utf8');
    } catch (error) {
      if (isMissing(error)) return [];
      throw storageError(error, 'the list of questionnaires');
    }
    return fileSchema.parse(JSON.parse(text)).questionnaires;
  }

  /** The record of a questionnaire id, whichever report it was sent from. */
  async find(questionnaireId: string): Promise<QuestionnaireRecord | null> {
    let names: string[];
    try {
      names = await readdir(path.join(this.dataDir, 'questionnaires'));
    } catch (error) {
      if (isMissing(error)) return null;
      throw storageError(error, 'the list of questionnaires');
    }
    for (const name of names.filter((candidate) => /^[0-9a-f-]{36}\.json$/.test(candidate))) {
      const found = (await this.list(name.slice(0, -5))).find((record) => record.id === questionnaireId);
      if (found) return found;
    }
    return null;
  }

  /** Changes one report's list, one change at a time, and writes it durably. */
  update(
    reportId: string,
    change: (records: QuestionnaireRecord[]) => QuestionnaireRecord[],
  ): Promise<QuestionnaireRecord[]> {
    const previous = this.queues.get(reportId) ?? Promise.resolve();
    const next = previous.then(async () => {
      const records = change(await this.list(reportId));
      try {
        await mkdir(path.join(this.dataDir, 'questionnaires'), { recursive: true });
        await writeFileDurably(
          this.fileOf(reportId),
          Buffer.from(JSON.stringify({ version: 1, questionnaires: records })),
        );
      } catch (error) {
        throw storageError(error, 'the record of the questionnaire');
      }
      return records;
    });
    this.queues.set(
      reportId,
      next.catch(() => undefined),
    );
    return next;
  }
}
