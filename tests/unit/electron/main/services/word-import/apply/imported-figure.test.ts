import { describe, expect, it } from 'vitest';
import { importedFigure } from '@/electron/main/services/word-import/apply/imported-figure';

describe('importedFigure', () => {
  it('reads the figures Ripoti writes in each language back to the stored form', () => {
    expect(importedFigure('1,453,787', 'en')).toBe('1453787');
    expect(importedFigure('1\u202f453\u202f787', 'fr')).toBe('1453787');
    expect(importedFigure('1 453 787', 'fr')).toBe('1453787');
    expect(importedFigure('12,5 %', 'fr')).toBe('12.5%');
    expect(importedFigure('1,453,787', 'sw')).toBe('1453787');
  });

  it('reads "1,453" by the document language: 1453 in English, 1.453 in French', () => {
    expect(importedFigure('1,453', 'en')).toBe('1453');
    expect(importedFigure('1,453', 'fr')).toBe('1.453');
  });

  it('falls back to the canonical and English forms when the language is unknown', () => {
    expect(importedFigure('1,453,787', undefined)).toBe('1453787');
    expect(importedFigure('250', undefined)).toBe('250');
  });

  it('keeps text that is no figure exactly as the document wrote it', () => {
    expect(importedFigure('approx 5000', 'en')).toBe('approx 5000');
    expect(importedFigure('1,453,787 (2019 census)', 'en')).toBe('1,453,787 (2019 census)');
    expect(importedFigure('', 'fr')).toBe('');
  });
});
