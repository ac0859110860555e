import { describe, expect, it } from 'vitest';
import committedWidths from '@/electron/main/services/export/page-layout/arial-widths.json' with { type: 'json' };
import { readInstalledFace, widthTable } from '@/electron/tools/generate-font-widths';

// Needs Liberation Sans 2 in /usr/share/fonts/truetype/liberation2 (Debian's fonts-liberation2).
describe('arial-widths.json', () => {
  it('is what generate-font-widths makes of the installed Liberation Sans fonts', () => {
    expect(committedWidths).toEqual(widthTable(readInstalledFace));
  });

  it("has Arial's em and single line height", () => {
    expect(committedWidths.unitsPerEm).toBe(2048);
    expect(committedWidths.lineHeight).toBe(1854 + 434 + 67);
  });
});
