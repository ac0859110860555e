import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, formatNumber, formatPercent, formatPeriod } from '@/renderer/src/i18n/format';

// Intl separates with thin, narrow or ordinary no-break spaces depending on the ICU version; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u2009\u202f]/g, ' ');

describe('dates and numbers in the officer’s language', () => {
  it('names the months of a reporting period in each language', () => {
    const period = { startMonth: '2024-04', endMonth: '2026-09' };
    expect(plain(formatPeriod(period, 'en'))).toBe('April 2024 – September 2026');
    expect(plain(formatPeriod(period, 'sw'))).toBe('Aprili 2024 – Septemba 2026');
    expect(plain(formatPeriod(period, 'fr'))).toBe('avril 2024 – septembre 2026');
    expect(formatMonth('2026-12', 'sw')).toBe('Desemba 2026');
  });

  it('keeps a due date on its calendar day whatever the time zone', () => {
    expect(formatDate('2026-12-31', 'en')).toBe('31 December 2026');
    expect(formatDate('2026-12-31', 'fr')).toBe('31 décembre 2026');
    expect(formatDate('2026-01-01', 'sw')).toBe('1 Januari 2026');
  });

  it('writes numbers and percentages with each locale’s separators', () => {
    expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5');
    expect(plain(formatNumber(1234567.5, 'fr'))).toBe('1 234 567,5');
    expect(formatPercent(0.456, 'sw')).toBe('46%');
    expect(plain(formatPercent(0.456, 'fr'))).toBe('46 %');
  });
});
