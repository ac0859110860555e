import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { inspectImage } from '@/electron/main/services/export/images/inspect-image';
import { readPngLayout } from '@/electron/main/services/export/images/png-layout';
import { shrinkPng } from '@/electron/main/services/export/images/png-shrink';
import { ihdr, PNG_FORMATS, pngChunk } from '@/tests/integration/hostile-files/support/hostile-images';

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

interface Case {
  width: number;
  height: number;
  colourType: 0 | 2 | 3 | 4 | 6;
  depth: number;
  interlace: 0 | 1;
  filters: number[];
  samples: number[];
  transparency: boolean;
}

/** Encodes raw samples with the given row filters (and Adam7 when interlaced): a PNG no library here wrote. */
function encode({ width, height, colourType, depth, interlace, filters, samples, transparency }: Case): Buffer {
  const channels = CHANNELS[colourType] ?? 1;
  const maximum = depth === 16 ? 0xffff : (1 << depth) - 1;
  const sampleAt = (x: number, y: number, c: number) =>
    (samples[((y * width + x) * channels + c) % samples.length] ?? 0) & maximum;
  const rows: Buffer[] = [];
  const passes = interlace ? ADAM7 : ([[0, 0, 1, 1]] as const);
  let filterIndex = 0;
  for (const [x0, y0, dx, dy] of passes) {
    const passWidth = Math.ceil((width - x0) / dx);
    if (passWidth <= 0 || y0 >= height) continue;
    const rowBytes = Math.ceil((passWidth * channels * depth) / 8);
    const bpp = Math.max(1, (channels * depth) >> 3);
    let above = Buffer.alloc(rowBytes);
    for (let y = y0; y < height; y += dy) {
      const row = Buffer.alloc(rowBytes);
      for (let i = 0; i < passWidth; i++) {
        for (let c = 0; c < channels; c++) {
          const value = sampleAt(x0 + i * dx, y, c);
          const bit = (i * channels + c) * depth;
          if (depth === 16) row.writeUInt16BE(value, bit >> 3);
          else row[bit >> 3] = (row[bit >> 3] ?? 0) | (value << (8 - depth - (bit & 7)));
        }
      }
      const filter = filters[filterIndex++ % filters.length] ?? 0;
      const filtered = Buffer.alloc(rowBytes);
      for (let i = 0; i < rowBytes; i++) {
        const left = i >= bpp ? (row[i - bpp] ?? 0) : 0;
        const up = above[i] ?? 0;
        const upLeft = i >= bpp ? (above[i - bpp] ?? 0) : 0;
        const p = left + up - upLeft;
        const paeth =
          Math.abs(p - left) <= Math.abs(p - up) && Math.abs(p - left) <= Math.abs(p - upLeft)
            ? left
            : Math.abs(p - up) <= Math.abs(p - upLeft)
              ? up
              : upLeft;
        const predictor = [0, left, up, (left + up) >> 1, paeth][filter] ?? 0;
        filtered[i] = ((row[i] ?? 0) - predictor) & 0xff;
      }
      rows.push(Buffer.from([filter]), filtered);
      above = row;
    }
  }
  const extra: Buffer[] = [];
  if (colourType === 3)
    extra.push(pngChunk('PLTE', Buffer.from(Array.from({ length: 256 * 3 }, (_, i) => (i * 37) & 0xff))));
  if (transparency && colourType === 3) extra.push(pngChunk('tRNS', Buffer.from([0, 128, 255, 7])));
  if (transparency && colourType === 0) extra.push(pngChunk('tRNS', Buffer.from([0, sampleAt(0, 0, 0) & 0xff])));
  if (transparency && colourType === 2 && depth === 8)
    extra.push(pngChunk('tRNS', Buffer.from([0, sampleAt(0, 0, 0), 0, sampleAt(0, 0, 1), 0, sampleAt(0, 0, 2)])));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    ihdr({ width, height, colourType, depth, interlace }),
    ...extra,
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** pngjs's reading of the same file, flattened onto white as the report does. */
function reference(bytes: Buffer): Uint8Array {
  const png = PNG.sync.read(bytes);
  const out = new Uint8Array(png.width * png.height * 4);
  for (let i = 0; i < png.width * png.height; i++) {
    const alpha = (png.data[i * 4 + 3] ?? 255) / 255;
    for (let c = 0; c < 3; c++) out[i * 4 + c] = (png.data[i * 4 + c] ?? 0) * alpha + 255 * (1 - alpha);
    out[i * 4 + 3] = 255;
  }
  return out;
}

const cases = fc
  .record({
    width: fc.integer({ min: 1, max: 33 }),
    height: fc.integer({ min: 1, max: 33 }),
    format: fc.constantFrom(...PNG_FORMATS),
    interlace: fc.constantFrom(0 as const, 1 as const),
    filters: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 5 }),
    samples: fc.array(fc.nat({ max: 0xffff }), { minLength: 1, maxLength: 64 }),
    transparency: fc.boolean(),
  })
  .map(({ format: [colourType, depth], ...rest }): Case => ({ ...rest, colourType, depth }));

describe('shrinkPng (row-by-row PNG decoding)', () => {
  it('reads every colour type, depth, filter and interlacing exactly as pngjs does, at full size', () => {
    fc.assert(
      fc.property(cases, (item) => {
        const bytes = encode(item);
        expect(inspectImage(bytes)).toEqual({ kind: 'png', width: item.width, height: item.height });
        const ours = shrinkPng(readPngLayout(bytes), item.width, item.height);
        const theirs = reference(bytes);
        for (let i = 0; i < theirs.length; i++)
          expect(Math.abs((ours.data[i] ?? 0) - (theirs[i] ?? 0)), `byte ${i}`).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('averages into a smaller picture, and refuses data that is damaged, short or too long', () => {
    const bytes = encode({
      width: 4,
      height: 2,
      colourType: 0,
      depth: 8,
      interlace: 0,
      filters: [0],
      samples: [0, 100, 200, 50],
      transparency: false,
    });
    expect([...shrinkPng(readPngLayout(bytes), 2, 1).data]).toEqual([50, 50, 50, 255, 125, 125, 125, 255]);
    const layout = readPngLayout(bytes);
    expect(() => shrinkPng({ ...layout, height: 3 }, 2, 1)).toThrow(/ends early/);
    expect(() => shrinkPng({ ...layout, height: 1 }, 2, 1)).toThrow(/more image data/);
    expect(() => shrinkPng({ ...layout, data: [Uint8Array.from([0x78, 0x9c, 0xff, 0xff, 0xff])] }, 2, 1)).toThrow();
  });
});
