import type { Language } from '@/shared/language';
import { canonicalFigure, parseFigure } from '@/shared/report/figures';

/**
 * A figure as Ripoti stores it, from the text a Word file shows. Ripoti writes "1,453,787" in an
 * English report and "1 453 787" in a French one, and an officer's own file does the same, so the
 * document's language is tried first ("1,453" is 1453 in English, 1.453 in French); a canonical
 * or English form comes next. Text that is no figure ("about 5000") is kept exactly as written,
 * for the final check to show the officer.
 */
export function importedFigure(text: string, language: Language | undefined): string {
  const trimmed = text.trim();
  if (!trimmed) return text;
  return (language && parseFigure(trimmed, language)) ?? canonicalFigure(trimmed) ?? text;
}
