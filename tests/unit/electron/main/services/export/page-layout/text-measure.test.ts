import { describe, expect, it } from 'vitest';
import {
  charUnits,
  lookupFor,
  singleLineHeight,
  SINGLE_LINE_EM,
  textWidth,
  UNITS_PER_EM,
} from '@/electron/main/services/export/page-layout/text-measure';
import { arial } from './support/blocks';

// Arial's advances in 2048ths of an em (its AFM widths in 1000ths × 2.048):
// regular a, n 1139; i 455; m 1706; K 1366; e 1139; y 1024; space 569;
// bold n 1251; i 569; m 1821. Single line: ascender 1854 + descender 434 + line gap 67 = 2355.
const em = (units: number, size: number): number => (units / 2048) * size;

describe('textWidth', () => {
  it('adds the advances of the characters at the size', () => {
    expect(textWidth('aaa', arial(10))).toBeCloseTo(em(3 * 1139, 10), 9);
    expect(textWidth('a a', arial(12))).toBeCloseTo(em(1139 + 569 + 1139, 12), 9);
    expect(textWidth('Kenya', arial(11))).toBeCloseTo(em(1366 + 1139 + 1139 + 1024 + 1139, 11), 9);
  });

  it('is zero for no text', () => {
    expect(textWidth('', arial(10))).toBe(0);
  });

  it('measures bold with the bold advances and italic like upright', () => {
    expect(textWidth('nim', arial(10))).toBeCloseTo(em(1139 + 455 + 1706, 10), 9);
    expect(textWidth('nim', arial(10, { bold: true }))).toBeCloseTo(em(1251 + 569 + 1821, 10), 9);
    expect(textWidth('nim', arial(10, { italic: true }))).toBeCloseTo(em(1139 + 455 + 1706, 10), 9);
    expect(textWidth('nim', arial(10, { bold: true, italic: true }))).toBeCloseTo(em(1251 + 569 + 1821, 10), 9);
  });

  it('counts an emoji (a surrogate pair) as one em', () => {
    expect(textWidth('😀', arial(10))).toBe(10);
    expect(textWidth('a😀a', arial(10))).toBeCloseTo(em(1139 + 2048 + 1139, 10), 9);
  });

  it('counts East Asian characters as one em each', () => {
    expect(textWidth('中文', arial(12))).toBe(24);
  });

  it('gives a character outside the table, or without a glyph, the width of n', () => {
    expect(textWidth('☃', arial(10))).toBeCloseTo(em(1139, 10), 9); // U+2603, past the table
    expect(textWidth('Ω', arial(10))).toBeCloseTo(em(1139, 10), 9); // U+03A9, between its ranges
    expect(textWidth('\u0085', arial(10))).toBeCloseTo(em(1139, 10), 9); // a control character: no glyph
  });
});

describe('zero-width characters', () => {
  it('measures joiners and combining marks as nothing, as the font does', () => {
    expect(textWidth('\u200b\u200c\u200d', arial(10))).toBe(0);
    expect(textWidth('e\u0301', arial(10))).toBeCloseTo((1139 / 2048) * 10, 9); // é as e + combining acute
  });

  it("falls back to each face's own average letter where the font has no glyph", () => {
    expect(textWidth('\u0080', arial(10, { bold: true }))).toBeCloseTo((1251 / 2048) * 10, 9); // bold "n"
  });
});

describe('charUnits', () => {
  it('reads the face the run asks for', () => {
    expect(charUnits(lookupFor(arial(10)), 0x6e)).toBe(1139);
    expect(charUnits(lookupFor(arial(10, { bold: true })), 0x6e)).toBe(1251);
  });
});

describe('singleLineHeight', () => {
  it('is the size times 2355/2048', () => {
    expect(UNITS_PER_EM).toBe(2048);
    expect(SINGLE_LINE_EM).toBe(2355 / 2048);
    expect(singleLineHeight(arial(12))).toBeCloseTo(13.798828125, 9);
    expect(singleLineHeight(arial(10, { bold: true }))).toBeCloseTo(11.4990234375, 9);
  });
});
