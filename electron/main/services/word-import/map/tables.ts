import type { Profile } from '@/shared/report/schema';
import { blocksText, type WordTable } from '../read/word-blocks';
import { measureColumnOf, profileFieldOf, type MeasureColumn } from './vocabulary';

/** A measure row read from a table, before it gets its id in the report. */
export type MeasureDraft = Record<MeasureColumn, string>;

/**
 * A table whose header row names an indicator column and at least one of baseline, current
 * value and target (in any of the three languages, or the usual synonyms) is a measures
 * table: each further row with any text becomes a measure row. Columns it does not know are
 * ignored, so a department's extra "Comments" column does not break the table.
 */
export function measuresOfTable(table: WordTable): MeasureDraft[] | null {
  return measureRowsOfTable(table)?.map((row) => row.draft) ?? null;
}

/** measuresOfTable with each row's index in the table (1 is the first row under the header). */
export function measureRowsOfTable(table: WordTable): { row: number; draft: MeasureDraft }[] | null {
  const header = table.rows[0];
  if (!header || table.rows.length < 2) return null;
  const columns = header.map((_, index) => measureColumnOf(cellText(table, 0, index)));
  const has = (column: MeasureColumn) => columns.includes(column);
  if (!has('indicator') || !(has('baseline') || has('current') || has('target'))) return null;
  const rows: { row: number; draft: MeasureDraft }[] = [];
  for (let row = 1; row < table.rows.length; row++) {
    const draft: MeasureDraft = { indicator: '', unit: '', baseline: '', current: '', target: '', source: '' };
    columns.forEach((column, index) => {
      if (column && !draft[column]) draft[column] = cellText(table, row, index);
    });
    if (Object.values(draft).some((value) => value.length > 0)) rows.push({ row, draft });
  }
  return rows;
}

/** The text of one cell, on one line. */
export function cellText(table: WordTable, row: number, column: number): string {
  return blocksText(table.rows[row]?.[column]?.blocks ?? [])
    .replace(/\s+/g, ' ')
    .trim();
}

/** A two-column table of labels and values naming profile fields ("County | Kilifi"). */
export function profileOfTable(table: WordTable): Partial<Profile> | null {
  const profile: Partial<Profile> = {};
  let found = 0;
  for (let row = 0; row < table.rows.length; row++) {
    const field = profileFieldOf(cellText(table, row, 0));
    const value = cellText(table, row, 1);
    if (field && value) {
      profile[field] = value;
      found++;
    }
  }
  return found > 0 ? profile : null;
}

/** Any other table, kept as text: one line a row, cells separated by " | ". */
export function tableAsText(table: WordTable): string {
  return table.rows
    .map((row) => row.map((cell) => blocksText(cell.blocks).replace(/\s+/g, ' ').trim()).join(' | '))
    .join('\n');
}
