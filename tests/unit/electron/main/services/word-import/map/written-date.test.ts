import { describe, expect, it } from 'vitest';
import { formatPartialDate, reportLabels } from '@/electron/main/services/export/labels/report-labels';
import { partialDateOfWords } from '@/electron/main/services/word-import/map/written-date';

describe('a date the Word export wrote, read back', () => {
  it('gives the stored form of every date the export writes, in the three languages', () => {
    for (const language of ['en', 'sw', 'fr'] as const) {
      for (const stored of ['2020-09', '2020-09-15', '2025-03-01', '2024-02-29', '2023-08', '2019-12-31']) {
        expect(partialDateOfWords(formatPartialDate(reportLabels(language), stored)), `${language} ${stored}`).toBe(
          stored,
        );
      }
    }
    expect(partialDateOfWords('1er août 2025')).toBe('2025-08-01');
    expect(partialDateOfWords('  12 MACHI 2025 ')).toBe('2025-03-12');
  });

  it('leaves anything else alone: not a month, not a real day, other words', () => {
    for (const text of [
      'Since 2020',
      'Smarch 2020',
      '31 February 2024',
      '2020-09',
      'September',
      'September 20',
      '15 September 2020 (approved)',
    ]) {
      expect(partialDateOfWords(text), text).toBeNull();
    }
  });
});
