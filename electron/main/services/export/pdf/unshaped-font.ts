/** OpenType tables that move or replace glyphs: kerning pairs, ligatures and contextual forms. */
const SHAPING_TABLES = new Map([
  ['GPOS', 'xPOS'],
  ['GSUB', 'xSUB'],
  ['kern', 'xern'],
]);

/**
 * A copy of a TrueType font whose shaping tables are renamed, so that fontkit (which sets the
 * PDF's text) finds none: every character then takes its plain advance width, exactly as the
 * page layout measured it, and setting text skips the shaping passes that cost most of the
 * PDF's time. The tables' data stays; only their tags in the directory change, so the file
 * remains a valid font, and the subsets embedded in the PDF never include them.
 */
export function withoutShaping(font: Uint8Array): Uint8Array {
  const copy = new Uint8Array(font);
  const view = new DataView(copy.buffer, copy.byteOffset, copy.byteLength);
  const tables = view.getUint16(4);
  for (let index = 0; index < tables; index++) {
    const offset = 12 + index * 16;
    if (offset + 4 > copy.length) break;
    const tag = String.fromCharCode(...copy.subarray(offset, offset + 4));
    const hidden = SHAPING_TABLES.get(tag);
    if (hidden) for (let position = 0; position < 4; position++) copy[offset + position] = hidden.charCodeAt(position);
  }
  return copy;
}
