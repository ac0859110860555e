import { localeOf, type Language } from '../language';

/**
 * Figures (population, area, a measure's baseline/current/target) are stored in one form that
 * no language can misread — "841353", "3.5", "-2", "12%" — and typed and shown in the
 * interface language, the way a spreadsheet keeps a number and formats it per locale. What
 * the officer typed that is no figure in their language is stored as typed, and the rules flag
 * it. Drafts saved before this rule hold English forms ("1,453,787"): they are read as English.
 */

const CANONICAL = /^-?\d{1,15}(\.\d{1,10})?%?$/;
/** What Ripoti accepted before figures were stored canonically: English grouping, decimal point. */
const LEGACY_ENGLISH = /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
/** The spaces writers put between thousands in any language: space, no-break space, narrow no-break space. */
const SPACES = [' ', '\u00a0', '\u202f'];

interface NumberSymbols {
  readonly groups: readonly string[];
  readonly decimal: string;
}

const symbolsCache = new Map<Language, NumberSymbols>();

/**
 * The thousands and decimal separators of a language, as Intl knows them. A space between
 * thousands is never a decimal mark, so it groups in every language; and where the decimal
 * mark is a comma, a point between groups of three is read as a French reader reads it
 * ("841.353" is 841 353, never 841 point 353).
 */
export function numberSymbols(language: Language): NumberSymbols {
  const cached = symbolsCache.get(language);
  if (cached) return cached;
  const parts = new Intl.NumberFormat(localeOf(language)).formatToParts(12345.6);
  const group = parts.find((part) => part.type === 'group')?.value ?? ',';
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  const groups = new Set([...SPACES, group]);
  if (decimal === ',') groups.add('.');
  const symbols = { groups: [...groups], decimal };
  symbolsCache.set(language, symbols);
  return symbols;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Reads a figure as a reader of `language` reads it: "841 353", "841.353" or "3,5" in French,
 * "841,353", "841 353" or "3.5" in English and Kiswahili; a sign and a trailing "%" are
 * allowed. Returns the canonical form, or null when the text is no figure in that language (a
 * comma decimal in English is refused, so "1,200" can never be read as one point two). Text
 * that is no figure is stored as typed; the rules read stored text as canonical, so "3.5" typed
 * in French, which only an English reading makes a number, counts as 3.5.
 */
export function parseFigure(text: string, language: Language): string | null {
  const { groups, decimal } = numberSymbols(language);
  let body = text.trim();
  const percent = /[\s\u00a0\u202f]*%$/.test(body);
  if (percent) body = body.replace(/[\s\u00a0\u202f]*%$/, '');
  const group = `[${groups.map(escape).join('')}]`;
  const pattern = new RegExp(`^([-+\u2212]?)(\\d{1,3}(?:${group}\\d{3})+|\\d+)(?:${escape(decimal)}(\\d+))?$`);
  const match = pattern.exec(body);
  if (!match) return null;
  const [, sign = '', integer = '', fraction] = match;
  const digits = integer.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  const canonical = `${sign === '-' || sign === '\u2212' ? '-' : ''}${digits}${fraction ? `.${fraction}` : ''}${percent ? '%' : ''}`;
  return CANONICAL.test(canonical) ? canonical : null;
}

/** A stored figure: canonical, or an English form saved by an older Ripoti. */
export function isStoredFigure(value: string): boolean {
  const trimmed = value.trim().replace(/\s*%$/, '').trim();
  return CANONICAL.test(value.trim()) || LEGACY_ENGLISH.test(trimmed);
}

/** A stored figure in canonical form (legacy English forms are read as English), or null. */
export function canonicalFigure(value: string): string | null {
  const trimmed = value.trim();
  if (CANONICAL.test(trimmed)) return trimmed;
  return isStoredFigure(trimmed) ? parseFigure(trimmed.replace(/^\+/, ''), 'en') : null;
}

/**
 * A stored figure shown in `language` ("1453787" → "1,453,787" / "1 453 787", "3.50" keeps its two
 * decimals, "12%" → "12 %" in French). Text that is no figure is shown exactly as stored.
 */
export function formatFigure(value: string, language: Language): string {
  const canonical = canonicalFigure(value);
  if (canonical === null) return value;
  const percent = canonical.endsWith('%');
  const number = canonical.replace('%', '');
  const decimals = number.split('.')[1]?.length ?? 0;
  const options: Intl.NumberFormatOptions = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  if (percent)
    return new Intl.NumberFormat(localeOf(language), { ...options, style: 'percent' }).format(Number(number) / 100);
  return new Intl.NumberFormat(localeOf(language), options).format(Number(number));
}

/** Two figures a locale would write, for hints and messages: "1,200" and "3.5", or "1 200" and "3,5". */
export function figureExamples(language: Language): { whole: string; decimal: string } {
  return { whole: formatFigure('1200', language), decimal: formatFigure('3.5', language) };
}
