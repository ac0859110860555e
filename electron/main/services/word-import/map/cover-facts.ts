import type { ReportingPeriod } from '@/shared/report/schema';
import { englishLabels } from '../../export/labels/en';
import { frenchLabels } from '../../export/labels/fr';
import { kiswahiliLabels } from '../../export/labels/sw';
import type { WordBlock } from '../read/word-blocks';
import { normalizeForMatch } from './normalize';

/** What the first page of last cycle's report says about itself: its title and reporting period. */
export interface CoverFacts {
  readonly title: string | null;
  readonly period: ReportingPeriod | null;
}

const MONTHS = new Map<string, number>();
for (const labels of [englishLabels, kiswahiliLabels, frenchLabels])
  labels.months.forEach((name, index) => MONTHS.set(normalizeForMatch(name), index + 1));
for (const [short, number] of [
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['sept', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
] as const)
  MONTHS.set(short, number);

const PERIOD = /(\p{L}+)\.?\s+(\d{4})\s*[–—-]\s*(\p{L}+)\.?\s+(\d{4})/u;
const DUE = /\b(\d{4}-\d{2}-\d{2})\b/;
/** Only the first paragraphs are a cover. */
const COVER_PARAGRAPHS = 40;

export function coverFacts(blocks: readonly WordBlock[]): CoverFacts {
  const paragraphs = blocks.slice(0, COVER_PARAGRAPHS).flatMap((block) => (block.kind === 'paragraph' ? [block] : []));
  const title =
    paragraphs.find((paragraph) => paragraph.role === 'title' && paragraph.text.trim())?.text.trim() ?? null;
  let period: ReportingPeriod | null = null;
  for (const paragraph of paragraphs) {
    const match = PERIOD.exec(paragraph.text);
    const start = match?.[1] ? MONTHS.get(normalizeForMatch(match[1])) : undefined;
    const end = match?.[3] ? MONTHS.get(normalizeForMatch(match[3])) : undefined;
    if (!match?.[2] || !match[4] || !start || !end) continue;
    const due = paragraphs.map((candidate) => DUE.exec(candidate.text)?.[1]).find((date) => date !== undefined);
    period = {
      startMonth: `${match[2]}-${String(start).padStart(2, '0')}`,
      endMonth: `${match[4]}-${String(end).padStart(2, '0')}`,
      dueDate: due ?? `${match[4]}-12-31`,
    };
    break;
  }
  return { title, period };
}
