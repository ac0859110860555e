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
  const count = pixels * (CHANNELS[colourType] ?? 1);
  if (samples.length < count) samples = new Uint16Array(count);
  unpack(row, count, depth, samples);
  const scale = depth === 16 ? null : levels(depth);
  const eight = (value: number): number => (scale ? (scale[value] ?? 0) : Math.round(value / 257));
  const key = transparency && colourType !== 3 ? Array.from({ length: transparency.length >> 1 }, (_, index) => ((transparency[index * 2] ?? 0) << 8) | (transparency[index * 2 + 1] ?? 0)) : null;
  let opaque = true;
  for (let pixel = 0, at = 0, to = 0; pixel < pixels; pixel++, to += 4) {
    const first = samples[at] ?? 0;
    if (colourType === 3) {
      out[to] = palette[first * 3] ?? 0;
      out[to + 1] = palette[first * 3 + 1] ?? 0;
      out[to + 2] = palette[first * 3 + 2] ?? 0;
      out[to + 3] = transparency?.[first] ?? 255;
      at += 1;
    } else if (colourType === 0 || colourType === 4) {
      out[to] = out[to + 1] = out[to + 2] = eight(first);
      out[to + 3] = colourType === 4 ? eight(samples[at + 1] ?? 0) : key?.[0] === first ? 0 : 255;
      at += colourType === 4 ? 2 : 1;
    } else {
      const green = samples[at + 1] ?? 0;
      const blue = samples[at + 2] ?? 0;
      out[to] = eight(first);
      out[to + 1] = eight(green);
      out[to + 2] = eight(blue);
      out[to + 3] = colourType === 6 ? eight(samples[at + 3] ?? 0) : key && key[0] === first && key[1] === green && key[2] === blue ? 0 : 255;
      at += colourType === 6 ? 4 : 3;
    }
    if (out[to + 3] !== 255) opaque = false;
  }
  return opaque;
}

/** The row's samples, one number each (bits unpacked, 16-bit pairs joined). */
function unpack(row: Uint8Array, count: number, depth: number, into: Uint16Array): void {
  if (depth === 8) into.set(row.subarray(0, count));
  else if (depth === 16) for (let index = 0; index < count; index++) into[index] = ((row[index * 2] ?? 0) << 8) | (row[index * 2 + 1] ?? 0);
  else {
    const perByte = 8 / depth;
    const mask = (1 << depth) - 1;
    for (let index = 0; index < count; index++) into[index] = ((row[Math.floor(index / perByte)] ?? 0) >> (8 - depth * ((index % perByte) + 1))) & mask;
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
