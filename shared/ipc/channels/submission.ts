import { z } from 'zod';
import { reportIdSchema } from '../../report/schema';
import { defineChannel } from '../channel';

/** Per answer (by its form path), the fingerprint of the text that was copied to the online form. */
export type CopiedAnswers = Readonly<Record<string, string>>;

const answerPath = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9._]+$/);

export const submissionChannels = {
  /** Which answers of a report the officer has copied to UNESCO's online form, and which text. */
  listCopiedAnswers: defineChannel<CopiedAnswers>()(
    'submission:copied',
    z.object({ reportId: reportIdSchema }).strict(),
  ),
  /** Ticks one answer as copied (kept on disk, so the tick survives a restart). */
  markAnswerCopied: defineChannel<CopiedAnswers>()(
    'submission:mark-copied',
    z
      .object({ reportId: reportIdSchema, path: answerPath, fingerprint: z.string().regex(/^[0-9a-f]{1,32}$/) })
      .strict(),
  ),
};
