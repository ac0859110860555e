import { z } from 'zod';

/** Languages of the interface and of the report. Order is the order shown to the officer. */
export const LANGUAGES = ['en', 'sw', 'fr'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/** Text in several languages; English is always present because it is the framework's source. */
export const localizedTextSchema = z
  .object({ en: z.string().min(1), sw: z.string().min(1).optional(), fr: z.string().min(1).optional() })
  .strict();
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Picks the text in the wanted language, falling back to English (the framework's source). */
export function localize(text: LocalizedText, language: Language): string {
  return text[language] ?? text.en;
}
