import { isPartialDate } from '@/shared/report/field-rules';
import { englishLabels } from '../../export/labels/en';
import { frenchLabels } from '../../export/labels/fr';
import { kiswahiliLabels } from '../../export/labels/sw';
import { normalizeForMatch } from './normalize';

/** Month names of the three languages the export writes dates in ("march", "machi", "mars" → 3). */
const MONTHS = new Map<string, number>(
  [englishLabels, kiswahiliLabels, frenchLabels].flatMap((labels) =>
    labels.months.map((name, index) => [normalizeForMatch(name), index + 1] as const),
  ),
);

/**
 * A date as the Word export writes it ("September 2020", "15 Septemba 2020", "1er mars 2025")
 * back in the form a draft stores, or null when the text is not such a date. A report exported
 * and imported again keeps its membership date as the profile check expects it.
 */
export function partialDateOfWords(text: string): string | null {
  const match = /^(?:(\d{1,2})(?:er)?\s+)?(\S+)\s+(\d{4})$/u.exec(text.trim());
  const month = match ? MONTHS.get(normalizeForMatch(match[2] ?? '')) : undefined;
  if (!match || month === undefined) return null;
  const yearMonth = `${match[3] ?? ''}-${String(month).padStart(2, '0')}`;
  const value = match[1] === undefined ? yearMonth : `${yearMonth}-${match[1].padStart(2, '0')}`;
  return isPartialDate(value) ? value : null;
}
