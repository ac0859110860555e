import { describe, expect, it } from 'vitest';
import { faceOf, reportFont } from '@/electron/main/services/export/fonts/report-fonts';
import committedWidths from '@/electron/main/services/export/page-layout/arial-widths.json' with { type: 'json' };
import { readFontMetrics } from '@/electron/tools/font-metrics-reader';

const FACES = ['regular', 'bold', 'italic', 'boldItalic'] as const;

describe('the report font the PDF embeds and charts are drawn with', () => {
  it('has the advance widths the page layout measures with, but for three rare characters', () => {
    const differences: string[] = [];
    for (const face of FACES) {
      const metrics = readFontMetrics(reportFont(face));
      expect(metrics.unitsPerEm).toBe(committedWidths.unitsPerEm);
      expect(metrics.ascender - metrics.descender + metrics.lineGap).toBe(committedWidths.lineHeight);
      for (const range of committedWidths.faces[face]) {
        range.widths.forEach((width, offset) => {
          const advance = metrics.advanceOf(range.start + offset);
          if (width >= 0 && advance !== undefined && advance !== width)
            differences.push(`${face} U+${(range.start + offset).toString(16).toUpperCase()}`);
        });
      }
    }
    // ƒ (U+0192) and ‖ (U+2016) in every face, µ (U+00B5) in bold: none of them is in a report's usual text.
    expect(differences.sort()).toEqual([
      'bold U+192',
      'bold U+2016',
      'bold U+B5',
      'boldItalic U+192',
      'boldItalic U+2016',
      'italic U+192',
      'italic U+2016',
      'regular U+192',
      'regular U+2016',
    ]);
  });

  it('picks a face from bold and italic', () => {
    expect([faceOf(false, false), faceOf(true, false), faceOf(false, true), faceOf(true, true)]).toEqual(FACES);
  });
});
