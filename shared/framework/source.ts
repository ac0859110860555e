import { z } from 'zod';
import { localizedTextSchema } from '../language';

/**
 * Who may publish the questions, and what text they rest on.
 *
 * A framework file names its publisher. Ripoti takes new questions only from a publisher it
 * knows: the national office, which endorses every Kenyan member of the GNLC. The bundled file
 * is Ripoti's own (publisher `ripoti`) and is never taken from outside. A publisher id in a
 * file stops honest mistakes (another country's file, a test file, a draft left on a flash
 * drive); it is not a signature. On the county server, the validation function lets only the
 * national role write the questions, which is what stops anyone else (docs/framework.md).
 */
export const BUNDLED_PUBLISHER = 'ripoti';
export const NATIONAL_OFFICE_PUBLISHER = 'ke-national-office';
export const PUBLISHERS = [BUNDLED_PUBLISHER, NATIONAL_OFFICE_PUBLISHER] as const;

export const publisherSchema = z
  .object({
    id: z.string().min(1).max(100),
    name: localizedTextSchema,
  })
  .strict();

/**
 * The text behind the questions. `paraphrase` until someone has checked every Key Feature
 * against the publication, then `checked` with who checked it and when.
 */
export const SOURCE_TEXT_STATES = ['paraphrase', 'checked'] as const;

export const sourceSchema = z
  .object({
    /** The publication and edition the questions follow, as a bibliography would cite it. */
    edition: z.string().min(1).max(500),
    text: z.enum(SOURCE_TEXT_STATES),
    checkedBy: z.string().min(1).max(200).optional(),
    checkedOn: z.iso.date().optional(),
  })
  .strict();

export type Publisher = z.infer<typeof publisherSchema>;
export type FrameworkSource = z.infer<typeof sourceSchema>;

/** A version string that tells the truth about its text: a paraphrase says so in its version. */
export function sourceProblems(version: string, source: FrameworkSource): string[] {
  const problems: string[] = [];
  if (source.text === 'paraphrase' && !/paraphrase/i.test(version)) {
    problems.push(`version "${version}" must say "paraphrase": its text was not checked against ${source.edition}`);
  }
  if (source.text === 'checked' && (!source.checkedBy || !source.checkedOn)) {
    problems.push('a checked text must say who checked it (checkedBy) and when (checkedOn)');
  }
  return problems;
}
