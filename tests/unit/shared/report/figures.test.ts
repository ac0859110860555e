import { describe, expect, it } from 'vitest';
import { canonicalFigure, figureExamples, formatFigure, isStoredFigure, parseFigure } from '@/shared/report/figures';

describe('figures typed in the interface language', () => {
  it('reads French with a space, a no-break space or a narrow no-break space between thousands, and a decimal comma', () => {
    expect(parseFigure('841 353', 'fr')).toBe('841353');
    expect(parseFigure('841\u00a0353', 'fr')).toBe('841353');
    expect(parseFigure('841\u202f353', 'fr')).toBe('841353');
    expect(parseFigure('1 453 787', 'fr')).toBe('1453787');
    expect(parseFigure('3,5', 'fr')).toBe('3.5');
    expect(parseFigure('-2', 'fr')).toBe('-2');
    expect(parseFigure('12 %', 'fr')).toBe('12%');
    expect(parseFigure('12,5\u202f%', 'fr')).toBe('12.5%');
  });

  it('reads a point between thousands in French as a French reader does, and refuses what is no French figure', () => {
    expect(parseFigure('841.353', 'fr')).toBe('841353');
    expect(parseFigure('1.453.787', 'fr')).toBe('1453787');
    for (const text of ['3.5', '84 1353', 'environ 5000', '', '1 2', '841.35'])
      expect(parseFigure(text, 'fr'), text).toBeNull();
    // A French reader reads "1,200" as one point two hundred thousandths: so does Ripoti.
    expect(parseFigure('1,200', 'fr')).toBe('1.200');
  });

  it('reads English and Kiswahili as Kenya writes them, refusing a decimal comma', () => {
    for (const language of ['en', 'sw'] as const) {
      expect(parseFigure('1,453,787', language)).toBe('1453787');
      expect(parseFigure('1453787', language)).toBe('1453787');
      expect(parseFigure('3.5', language)).toBe('3.5');
      expect(parseFigure(' +4 ', language)).toBe('4');
      expect(parseFigure('841\u202f353', language)).toBe('841353');
      expect(parseFigure('40 %', language)).toBe('40%');
      for (const text of ['12,5', '1,20', 'approx 5000', '841.353.1', '1.2.3', '84 1353'])
        expect(parseFigure(text, language), `${language} ${text}`).toBeNull();
    }
  });

  it('shows a stored figure the way each language writes it, keeping its decimals', () => {
    expect(formatFigure('1453787', 'en')).toBe('1,453,787');
    expect(formatFigure('1453787', 'sw')).toBe('1,453,787');
    expect(formatFigure('1453787', 'fr')).toBe('1\u202f453\u202f787');
    expect(formatFigure('3.50', 'fr')).toBe('3,50');
    expect(formatFigure('12%', 'fr')).toBe('12\u00a0%');
    expect(formatFigure('approx 5000', 'fr')).toBe('approx 5000');
  });

  it('reads drafts saved before figures were stored canonically as English', () => {
    expect(canonicalFigure('1,453,787')).toBe('1453787');
    expect(formatFigure('12,610', 'fr')).toBe('12\u202f610');
    expect(isStoredFigure('1,200')).toBe(true);
    expect(isStoredFigure('12,5')).toBe(false);
    expect(isStoredFigure('841 353')).toBe(false);
  });

  it('round-trips: what is shown in a language is read back to the same stored figure', () => {
    for (const stored of ['0', '7', '1200', '841353', '3.5', '-0.25', '99%', '1234567.891'])
      for (const language of ['en', 'sw', 'fr'] as const)
        expect(parseFigure(formatFigure(stored, language), language), `${stored} ${language}`).toBe(stored);
  });

  it('gives the examples the hints and messages use, by Intl', () => {
    expect(figureExamples('en')).toEqual({ whole: '1,200', decimal: '3.5' });
    expect(figureExamples('fr')).toEqual({ whole: '1\u202f200', decimal: '3,5' });
  });
});
