import type { ProfileFieldKind } from '@/shared/framework/schema';
import type { Language } from '@/shared/language';
import { partialDateOfWords } from '../map/written-date';
import { importedFigure } from './imported-figure';

/**
 * A profile answer read from a Word file, in the form its question stores, by the kind the
 * questions in use give it: a figure ("1 453 787" → "1453787"), a date written in words
 * ("Septemba 2020" → "2020-09"). Anything else, and text that is no such value, stays as written.
 */
export function importedProfileValue(
  kind: ProfileFieldKind | undefined,
  text: string,
  language: Language | undefined,
): string {
  if (kind === 'figure') return importedFigure(text, language);
  if (kind === 'partial-date') return partialDateOfWords(text) ?? text;
  return text;
}
