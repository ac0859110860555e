import type { PngLayout } from './png-rows';

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
let samples = new Uint16Array(0);

/**
 * Writes the first `pixels` pixels of an unfiltered PNG row into `out` as 8-bit RGBA, for every
 * colour type and bit depth the specification allows: 16-bit and low-depth samples are scaled to
 * 0–255 (rounded, as pngjs does), the colour table and the transparency chunk (tRNS) applied.
 * Returns whether every pixel of the row is opaque. Tight loops, no call per pixel: a 24-megapixel
 * image passes through here.
 */
export function rowToRgba(layout: PngLayout, row: Uint8Array, pixels: number, out: Uint8Array): boolean {
  const { colourType, depth, palette, transparency } = layout;
  const channels = CHANNELS[colourType] ?? 1;
  const count = pixels * channels;
  if (samples.length < count) samples = new Uint16Array(count);
  unpack(row, count, depth, samples);
  if (colourType === 3) return paletteRow(pixels, palette, transparency, out);
  // Every sample to 8 bits in place, keeping the raw values the transparency key compares.
  const key = transparency
    ? Array.from(
        { length: transparency.length >> 1 },
        (_, index) => ((transparency[index * 2] ?? 0) << 8) | (transparency[index * 2 + 1] ?? 0),
      )
    : null;
  const scale = depth === 16 ? null : levels(depth);
  let opaque = true;
  for (let pixel = 0, at = 0, to = 0; pixel < pixels; pixel++, at += channels, to += 4) {
    const first = samples[at] ?? 0;
    const second = samples[at + 1] ?? 0;
    const third = samples[at + 2] ?? 0;
    const grey = colourType === 0 || colourType === 4;
    out[to] = scale ? (scale[first] ?? 0) : ((first + 128) / 257) | 0;
    out[to + 1] = grey ? (out[to] ?? 0) : scale ? (scale[second] ?? 0) : ((second + 128) / 257) | 0;
    out[to + 2] = grey ? (out[to] ?? 0) : scale ? (scale[third] ?? 0) : ((third + 128) / 257) | 0;
    const alphaSample = colourType === 4 ? second : colourType === 6 ? (samples[at + 3] ?? 0) : -1;
    let alpha = 255;
    if (alphaSample >= 0) alpha = scale ? (scale[alphaSample] ?? 0) : ((alphaSample + 128) / 257) | 0;
    else if (key && key[0] === first && (grey || (key[1] === second && key[2] === third))) alpha = 0;
    out[to + 3] = alpha;
    if (alpha !== 255) opaque = false;
  }
  return opaque;
}

function paletteRow(pixels: number, palette: Uint8Array, transparency: Uint8Array | null, out: Uint8Array): boolean {
  let opaque = true;
  for (let pixel = 0, to = 0; pixel < pixels; pixel++, to += 4) {
    const entry = samples[pixel] ?? 0;
    out[to] = palette[entry * 3] ?? 0;
    out[to + 1] = palette[entry * 3 + 1] ?? 0;
    out[to + 2] = palette[entry * 3 + 2] ?? 0;
    const alpha = transparency?.[entry] ?? 255;
    out[to + 3] = alpha;
    if (alpha !== 255) opaque = false;
  }
  return opaque;
}

/** The row's samples, one number each (bits unpacked, 16-bit pairs joined). */
function unpack(row: Uint8Array, count: number, depth: number, into: Uint16Array): void {
  if (depth === 8) into.set(row.subarray(0, count));
  else if (depth === 16)
    for (let index = 0; index < count; index++) into[index] = ((row[index * 2] ?? 0) << 8) | (row[index * 2 + 1] ?? 0);
  else {
    const perByte = 8 / depth;
    const mask = (1 << depth) - 1;
    for (let index = 0; index < count; index++)
      into[index] = ((row[Math.floor(index / perByte)] ?? 0) >> (8 - depth * ((index % perByte) + 1))) & mask;
  }
}

const levelTables = new Map<number, Uint8Array>();

/** 8-bit value of each sample value at a depth of 8 bits or fewer (identity at 8). */
function levels(depth: number): Uint8Array {
  let table = levelTables.get(depth);
  if (!table) {
    const maximum = (1 << depth) - 1;
    table = Uint8Array.from({ length: maximum + 1 }, (_, value) => Math.round((value * 255) / maximum));
    levelTables.set(depth, table);
  }
  return table;
}
