import { z } from 'zod';

/** Languages of the interface and of the report. Order is the order shown to the officer. */
export const LANGUAGES = ['en', 'sw', 'fr'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/** Each language's name in itself, for the first-start choice that must read in all three. */
export const LANGUAGE_AUTONYMS: Readonly<Record<Language, string>> = { en: 'English', sw: 'Kiswahili', fr: 'Français' };

/** Languages translated from English; English is the source and never needs review. */
export const TRANSLATED_LANGUAGES = ['sw', 'fr'] as const satisfies readonly Language[];
export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];

/**
 * How far a translation can be trusted. A machine draft is shown to the officer (better than
 * English for a Kiswahili reader) but stays listed by `npm run i18n:report` until a native
 * speaker has read it and removed the marker.
 */
export const REVIEW_STATES = ['machine-draft'] as const;
export const reviewStateSchema = z.enum(REVIEW_STATES);
export type ReviewState = z.infer<typeof reviewStateSchema>;

const reviewSchema = z.object({ sw: reviewStateSchema.optional(), fr: reviewStateSchema.optional() }).strict();

/** Text in several languages; English is always present because it is the framework's source. */
export const localizedTextSchema = z
  .object({
    en: z.string().min(1),
    sw: z.string().min(1).optional(),
    fr: z.string().min(1).optional(),
    /** Translations still waiting for a native speaker, e.g. `{ sw: 'machine-draft' }`. */
    review: reviewSchema.optional(),
  })
  .strict()
  .superRefine((text, context) => {
    // A review marker on a missing translation would hide the gap from the i18n report.
    for (const language of TRANSLATED_LANGUAGES) {
      if (text.review?.[language] && text[language] === undefined) {
        context.addIssue({
          code: 'custom',
          message: `review marker for ${language} without a ${language} text`,
          path: ['review', language],
        });
      }
    }
  });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Picks the text in the wanted language, falling back to English (the framework's source). */
export function localize(text: LocalizedText, language: Language): string {
  return text[language] ?? text.en;
}

export type TranslationStatus = 'source' | 'missing' | ReviewState | 'reviewed';

/** Where one language of a text stands: what the i18n report lists and a reviewer works through. */
export function translationStatus(text: LocalizedText, language: Language): TranslationStatus {
  if (language === 'en') return 'source';
  if (text[language] === undefined) return 'missing';
  return text.review?.[language] ?? 'reviewed';
}

/** BCP 47 tag for Intl and for the document's `lang`: Kenyan Kiswahili and English, French as UNESCO writes it. */
export function localeOf(language: Language): string {
  switch (language) {
    case 'en':
      return 'en-KE';
    case 'sw':
      return 'sw-KE';
    case 'fr':
      return 'fr-FR';
  }
}
