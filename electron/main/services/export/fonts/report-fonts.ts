import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The report's four faces. */
export type FontFace = 'regular' | 'bold' | 'italic' | 'boldItalic';

/**
 * Arimo, from the @expo-google-fonts/arimo package (SIL Open Font License 1.1): the typeface
 * Liberation Sans was made from, with Arial's metrics. Its advance widths equal the page
 * layout's table (which comes from Liberation Sans) for every character the table holds but
 * three rare ones (ƒ, ‖, and bold µ), so text set in it fills lines exactly as the layout
 * measured them. The PDF embeds it and charts are rasterised with it.
 */
const FACE_FILES: Record<FontFace, string> = {
  regular: '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf',
  bold: '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf',
  italic: '@expo-google-fonts/arimo/400Regular_Italic/Arimo_400Regular_Italic.ttf',
  boldItalic: '@expo-google-fonts/arimo/700Bold_Italic/Arimo_700Bold_Italic.ttf',
};

export const REPORT_FONT_FAMILY = 'Arimo';

const loaded = new Map<FontFace, Uint8Array>();
const resolveModule = createRequire(import.meta.url);

/** Where a face's file is: resolved like a module, so it works from the sources, the build and the app's archive. */
export function reportFontPath(face: FontFace): string {
  return resolveModule.resolve(FACE_FILES[face]);
}

/** A face's bytes, read once per process. */
export function reportFont(face: FontFace): Uint8Array {
  let bytes = loaded.get(face);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(reportFontPath(face)));
    loaded.set(face, bytes);
  }
  return bytes;
}

export function faceOf(bold: boolean, italic: boolean): FontFace {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}
