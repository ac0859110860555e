import { z } from 'zod';
import { reviewStateSchema, TRANSLATED_LANGUAGES, type TranslatedLanguage } from '@/shared/language';

/**
 * Pure helpers over the locale files, shared by the locales test and `npm run i18n:report`:
 * both must agree on what "the same key" and "the same placeholders" mean.
 */

export type LocaleTree = { readonly [key: string]: string | LocaleTree };

/** Every leaf as a dotted key: { report: { steps: '…' } } → 'report.steps'. */
export function flattenLocale(tree: LocaleTree, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [name, value] of Object.entries(tree)) {
    const key = `${prefix}${name}`;
    if (typeof value === 'string') keys.set(key, value);
    else for (const [child, text] of flattenLocale(value, `${key}.`)) keys.set(child, text);
  }
  return keys;
}

const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** i18next's plural keys (`words_one`, `words_other`) belong to one key, `words`. */
export function pluralBase(key: string): string {
  return key.replace(PLURAL_SUFFIX, '');
}

export function isPluralKey(key: string): boolean {
  return PLURAL_SUFFIX.test(key);
}

/** The plural forms a language needs (French: one, many, other; Kiswahili: one, other). */
export function pluralForms(language: string): string[] {
  const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];
  return PLURAL_FORMS.filter((form) => needed.includes(form));
}

/** `{{count}}`, `$t(other.key)` and `<1>` tags that a translation must keep. */
export function placeholdersOf(text: string): string[] {
  const found = text.match(/\{\{\s*[^}]+?\s*\}\}|\$t\([^)]*\)|<\/?\d+\s*\/?>/g) ?? [];
  return [...new Set(found.map((token) => token.replace(/\s+/g, '')))].sort();
}

/** locales/review-status.json: per language, the keys whose translation still needs a native speaker. */
export const reviewStatusSchema = z
  .object({ sw: z.record(z.string(), reviewStateSchema), fr: z.record(z.string(), reviewStateSchema) })
  .strict();
export type ReviewStatus = z.infer<typeof reviewStatusSchema>;

export interface LocaleGap {
  readonly language: TranslatedLanguage;
  readonly key: string;
  readonly problem:
    'missing' | 'extra' | 'empty' | 'placeholders' | 'plural-form-missing' | 'machine-draft' | 'stale-review-entry';
}

/** Everything that keeps a translated locale from matching English, and every unreviewed key. */
export function localeGaps(
  english: LocaleTree,
  translations: Record<TranslatedLanguage, LocaleTree>,
  review: ReviewStatus,
): LocaleGap[] {
  const gaps: LocaleGap[] = [];
  const source = flattenLocale(english);
  const sourceBases = new Map<string, string>();
  for (const [key, text] of source) sourceBases.set(pluralBase(key), text);
  for (const language of TRANSLATED_LANGUAGES) {
    const target = flattenLocale(translations[language]);
    const targetBases = new Set([...target.keys()].map(pluralBase));
    for (const [base, englishText] of sourceBases) {
      const plural = [...source.keys()].some((key) => isPluralKey(key) && pluralBase(key) === base);
      if (!targetBases.has(base)) {
        gaps.push({ language, key: base, problem: 'missing' });
        continue;
      }
      const forms = plural ? pluralForms(language).map((form) => `${base}_${form}`) : [base];
      for (const key of forms) {
        const text = target.get(key);
        if (text === undefined) gaps.push({ language, key, problem: plural ? 'plural-form-missing' : 'missing' });
        else if (text.trim() === '' && englishText.trim() !== '') gaps.push({ language, key, problem: 'empty' });
        else if (placeholdersOf(text).join() !== placeholdersOf(source.get(key) ?? englishText).join())
          gaps.push({ language, key, problem: 'placeholders' });
      }
    }
    for (const key of target.keys())
      if (!sourceBases.has(pluralBase(key))) gaps.push({ language, key, problem: 'extra' });
    for (const key of Object.keys(review[language])) {
      gaps.push({ language, key, problem: target.has(key) ? 'machine-draft' : 'stale-review-entry' });
    }
  }
  return gaps;
}
