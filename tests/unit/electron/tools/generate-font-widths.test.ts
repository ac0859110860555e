import { describe, expect, it } from 'vitest';
import type { FontMetrics } from '@/electron/tools/font-metrics-reader';
import { RANGES, widthTable, type FaceName } from '@/electron/tools/generate-font-widths';

/** A face whose advance is its number times the code point, with no glyph for even code points past 0x2000. */
function fakeFace(
  number: number,
  lineMetrics = { unitsPerEm: 1000, ascender: 900, descender: -250, lineGap: 50 },
): FontMetrics {
  return { ...lineMetrics, advanceOf: (code) => (code > 0x2000 && code % 2 === 0 ? undefined : number * code) };
}

const FACES: Record<FaceName, FontMetrics> = {
  regular: fakeFace(1),
  bold: fakeFace(2, { unitsPerEm: 2048, ascender: 1, descender: -1, lineGap: 1 }),
  italic: fakeFace(3),
  boldItalic: fakeFace(4),
};

describe('widthTable', () => {
  const table = widthTable((face) => FACES[face]);

  it('takes the em and the single line height (ascender − descender + line gap) from the regular face', () => {
    expect(table.unitsPerEm).toBe(1000);
    expect(table.lineHeight).toBe(1200);
    expect(table.source).toBe('Liberation Sans (metric-compatible with Arial)');
  });

  it('lists each range of each face from its first character, one width per character', () => {
    expect(RANGES[0]).toEqual([0x20, 0x24f]);
    for (const face of ['regular', 'bold', 'italic', 'boldItalic'] as const) {
      expect(table.faces[face].map((range) => [range.start, range.start + range.widths.length - 1])).toEqual(RANGES);
    }
  });

  it("reads each face's own advances, -1 where it has no glyph", () => {
    expect(table.faces.regular[0]?.widths.slice(0, 3)).toEqual([0x20, 0x21, 0x22]);
    expect(table.faces.bold[0]?.widths[0x61 - 0x20]).toBe(2 * 0x61);
    expect(table.faces.italic[0]?.widths[0x61 - 0x20]).toBe(3 * 0x61);
    const punctuation = table.faces.boldItalic.find((range) => range.start === 0x2000);
    expect(punctuation?.widths.slice(0, 3)).toEqual([4 * 0x2000, 4 * 0x2001, -1]);
  });
});
