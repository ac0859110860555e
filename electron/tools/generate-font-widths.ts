/**
 * Writes electron/main/services/export/page-layout/arial-widths.json: the advance width of each
 * character the report's text is likely to use, in the four faces of Liberation Sans, which is
 * drawn to Arial's metrics (the report's font; LibreOffice substitutes it for Arial). The page
 * layout measures lines with these numbers, so it needs no font file at run time.
 *
 * Run once when the character ranges change: `npx tsx electron/tools/generate-font-widths.ts`.
 * tests/unit/electron/main/services/export/page-layout/arial-widths.test.ts checks the
 * committed file against the fonts on the machine.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFontMetrics, type FontMetrics } from './font-metrics-reader';

export const FONT_FOLDER = '/usr/share/fonts/truetype/liberation2';
export const FACE_FILES = {
  regular: 'LiberationSans-Regular.ttf',
  bold: 'LiberationSans-Bold.ttf',
  italic: 'LiberationSans-Italic.ttf',
  boldItalic: 'LiberationSans-BoldItalic.ttf',
} as const;

/** Latin with its accents (en, sw, fr and names, also as combining marks), punctuation, currency signs, bullets. */
export const RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x24f],
  [0x300, 0x36f],
  [0x2000, 0x206f],
  [0x20a0, 0x20bf],
  [0x2100, 0x2122],
  [0x2190, 0x2199],
  [0x25a0, 0x25cf],
];

export type FaceName = keyof typeof FACE_FILES;

export interface WidthTable {
  readonly source: string;
  readonly unitsPerEm: number;
  /** Ascender + descender + line gap (hhea), which Word uses for a single line's height. */
  readonly lineHeight: number;
  /** Per face, per range: the advance widths in font units, -1 where the font has no glyph (0 is a real width: joiners, combining marks). */
  readonly faces: Record<FaceName, { readonly start: number; readonly widths: readonly number[] }[]>;
}

export function widthTable(readFace: (face: FaceName) => FontMetrics): WidthTable {
  const regular = readFace('regular');
  const facesOf = (face: FaceName): WidthTable['faces'][FaceName] => {
    const metrics = readFace(face);
    return RANGES.map(([start, end]) => ({
      start,
      widths: Array.from({ length: end - start + 1 }, (_, offset) => metrics.advanceOf(start + offset) ?? -1),
    }));
  };
  const faces = {
    regular: facesOf('regular'),
    bold: facesOf('bold'),
    italic: facesOf('italic'),
    boldItalic: facesOf('boldItalic'),
  };
  return {
    source: 'Liberation Sans (metric-compatible with Arial)',
    unitsPerEm: regular.unitsPerEm,
    lineHeight: regular.ascender - regular.descender + regular.lineGap,
    faces,
  };
}

export function readInstalledFace(face: FaceName): FontMetrics {
  return readFontMetrics(readFileSync(path.join(FONT_FOLDER, FACE_FILES[face])));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = fileURLToPath(new URL('../main/services/export/page-layout/arial-widths.json', import.meta.url));
  writeFileSync(target, `${JSON.stringify(widthTable(readInstalledFace))}\n`);
  console.log(`Wrote ${target}`);
}
