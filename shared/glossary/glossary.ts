import { z } from 'zod';

/**
 * One glossary per language (sw.json, fr.json): for each English term of the report and the
 * interface, the word to use, so that the interface, the Word labels and the framework say the
 * same thing the same way. The consistency test reads every English text beside its translation
 * and applies each term; `npm run i18n:report` does not need it (it counts what is unchecked).
 */
const termSchema = z
  .object({
    /** The English term, as the glossary lists it. */
    en: z.string().min(1),
    /** Where the English text uses the term (a regular expression, case-insensitive). */
    match: z.string().min(1),
    /** English texts that match but use the word in another sense (e.g. "area" of land). */
    unless: z.string().min(1).optional(),
    /** The translation, as a translator should write it. */
    term: z.string().min(1),
    /** The forms the translation must contain (a regular expression, case-insensitive): inflections, plurals. */
    forms: z.string().min(1),
    /** Words the translation must not use for this term (the mistakes the review found). */
    avoid: z.string().min(1).optional(),
    /** Texts (by source and key) where the English word has another meaning. */
    except: z.array(z.string().min(1)).default([]),
    note: z.string().optional(),
  })
  .strict();

export const glossarySchema = z
  .object({
    $comment: z.string().optional(),
    language: z.enum(['sw', 'fr']),
    terms: z.array(termSchema).min(1),
  })
  .strict();

export type Glossary = z.infer<typeof glossarySchema>;
export type GlossaryTerm = z.infer<typeof termSchema>;

/** One English text and its translation, named by where it lives (e.g. "interface:export.heading"). */
export interface TranslatedText {
  readonly key: string;
  readonly en: string;
  readonly translation: string;
}

export interface GlossaryViolation {
  readonly key: string;
  readonly term: string;
  readonly problem: 'term-missing' | 'avoided-word';
  readonly translation: string;
}

/** Placeholders ({{reason}}, $t(...), <1>) are names for the code, not words: never matched. */
function words(text: string): string {
  return text.replace(/\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?\d+>/g, ' ');
}

/** Every place where a translation does not use the glossary's word for an English term it translates. */
export function glossaryViolations(texts: readonly TranslatedText[], glossary: Glossary): GlossaryViolation[] {
  const violations: GlossaryViolation[] = [];
  for (const term of glossary.terms) {
    const match = new RegExp(term.match, 'iu');
    const unless = term.unless ? new RegExp(term.unless, 'iu') : undefined;
    const forms = new RegExp(term.forms, 'iu');
    const avoid = term.avoid ? new RegExp(term.avoid, 'iu') : undefined;
    for (const text of texts) {
      const english = words(text.en);
      if (!match.test(english) || unless?.test(english) || term.except.includes(text.key)) continue;
      const translation = words(text.translation);
      if (!forms.test(translation))
        violations.push({ key: text.key, term: term.en, problem: 'term-missing', translation: text.translation });
      if (avoid?.test(translation))
        violations.push({ key: text.key, term: term.en, problem: 'avoided-word', translation: text.translation });
    }
  }
  return violations;
}
