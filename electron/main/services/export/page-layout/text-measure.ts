import widthTable from './arial-widths.json' with { type: 'json' };

/** The font of a run as far as its width and height go: the report is set in Arial throughout. */
export interface RunFont {
  /** Size in points. */
  readonly size: number;
  readonly bold: boolean;
  readonly italic: boolean;
}

/** A run's font and what only drawing needs: its colour (hex, absent for automatic) and underline. */
export interface RunLook extends RunFont {
  readonly color?: string;
  readonly underline?: boolean;
}

type Face = keyof typeof widthTable.faces;

export const UNITS_PER_EM = widthTable.unitsPerEm;
/** Word's single line height for a font: (ascender + descender + line gap) / em. */
export const SINGLE_LINE_EM = widthTable.lineHeight / UNITS_PER_EM;
/** Emoji and East Asian characters come from fallback fonts, about one em wide. */
const WIDE_FALLBACK = UNITS_PER_EM;
const FIRST_WIDE = 0x2e80;

/** Width of a character the tables do not know: an average letter ("n") of the face. */
function fallbackOf(face: Face): number {
  const basicLatin = widthTable.faces[face][0];
  return basicLatin?.widths[0x6e - basicLatin.start] ?? UNITS_PER_EM / 2;
}

function lookupOf(face: Face): Uint16Array {
  const ranges = widthTable.faces[face];
  const last = Math.max(...ranges.map((range) => range.start + range.widths.length));
  const lookup = new Uint16Array(last);
  const fallback = fallbackOf(face);
  lookup.fill(fallback);
  for (const range of ranges)
    range.widths.forEach((width, offset) => (lookup[range.start + offset] = width < 0 ? fallback : width));
  return lookup;
}

const LOOKUPS: Record<Face, Uint16Array> = {
  regular: lookupOf('regular'),
  bold: lookupOf('bold'),
  italic: lookupOf('italic'),
  boldItalic: lookupOf('boldItalic'),
};

export function lookupFor(font: RunFont): Uint16Array {
  if (font.bold) return font.italic ? LOOKUPS.boldItalic : LOOKUPS.bold;
  return font.italic ? LOOKUPS.italic : LOOKUPS.regular;
}

/**
 * The advance of one UTF-16 code unit in font units; characters outside the table get a
 * fallback. A surrogate pair (an emoji) is one character from a fallback font, about an em:
 * its first half counts the em, its second half nothing.
 */
export function charUnits(lookup: Uint16Array, code: number): number {
  if (code < lookup.length) return lookup[code] ?? 0;
  if (code >= 0xdc00 && code <= 0xdfff) return 0;
  return code >= FIRST_WIDE ? WIDE_FALLBACK : (lookup[0x6e] ?? 0);
}

/** Width of text in points (no kerning: Word does not kern unless a run asks for it). */
export function textWidth(text: string, font: RunFont): number {
  const lookup = lookupFor(font);
  let units = 0;
  for (let index = 0; index < text.length; index++) units += charUnits(lookup, text.charCodeAt(index));
  return (units / UNITS_PER_EM) * font.size;
}

/** Height of one single-spaced line of the font, in points. */
export function singleLineHeight(font: RunFont): number {
  return font.size * SINGLE_LINE_EM;
}
