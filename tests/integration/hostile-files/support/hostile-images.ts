import { crc32, deflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';

/** Images made byte by byte, the way an attacker (or a broken camera) would: valid, lying, bombs. */

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Colour type and bit depth pairs the PNG specification allows. */
export const PNG_FORMATS = [
  [0, 1],
  [0, 2],
  [0, 4],
  [0, 8],
  [0, 16],
  [2, 8],
  [2, 16],
  [3, 1],
  [3, 2],
  [3, 4],
  [3, 8],
  [4, 8],
  [4, 16],
  [6, 8],
  [6, 16],
] as const;

export function pngChunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

export interface PngShape {
  readonly width: number;
  readonly height: number;
  readonly colourType?: 0 | 2 | 3 | 4 | 6;
  readonly depth?: number;
  readonly interlace?: 0 | 1;
}

export function ihdr({ width, height, colourType = 6, depth = 8, interlace = 0 }: PngShape): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width >>> 0, 0);
  data.writeUInt32BE(height >>> 0, 4);
  data.set([depth, colourType, 0, 0, interlace], 8);
  return pngChunk('IHDR', data);
}

/** A whole, valid, non-interlaced PNG of any colour type and depth; pixel bytes from `fill`. */
export function pngImage(shape: PngShape, fill: (index: number) => number = () => 0): Buffer {
  const { width, height, colourType = 6, depth = 8 } = shape;
  const rowBytes = Math.ceil((width * (CHANNELS[colourType] ?? 1) * depth) / 8);
  const raw = Buffer.alloc((rowBytes + 1) * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < rowBytes; x++) raw[y * (rowBytes + 1) + 1 + x] = fill(y * rowBytes + x);
  const palette = colourType === 3 ? [pngChunk('PLTE', Buffer.alloc(256 * 3, 0x80))] : [];
  return Buffer.concat([
    PNG_SIGNATURE,
    ihdr({ ...shape, interlace: 0 }),
    ...palette,
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The 68-byte PNG: a header claiming `width × height`, valid checksums, almost no data. */
export function lyingPng(width: number, height: number): Buffer {
  return Buffer.concat([
    PNG_SIGNATURE,
    ihdr({ width, height }),
    pngChunk('IDAT', deflateSync(Buffer.alloc(0))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A decompression bomb: a real 1-bit grey image of zeros, so its data matches its header (16000²
 * is the 31 KB file that took 47.7 s and 1.2 GB to decode on the main thread).
 */
export function bombPng(width: number, height: number): Buffer {
  const rowBytes = Math.ceil(width / 8) + 1;
  return Buffer.concat([
    PNG_SIGNATURE,
    ihdr({ width, height, colourType: 0, depth: 1 }),
    pngChunk('IDAT', deflateSync(Buffer.alloc(rowBytes * height), { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

export function jpegImage(width: number, height: number, quality = 80, seed = 1): Buffer {
  const data = Buffer.alloc(width * height * 4);
  let state = seed >>> 0;
  for (let index = 0; index < data.length; index++) {
    state = (state * 1103515245 + 12345) >>> 0;
    data[index] = index % 4 === 3 ? 255 : (state >>> 24) & 0xf0;
  }
  return Buffer.from(jpeg.encode({ width, height, data }, quality).data);
}

/** Rewrites a JPEG's frame header to claim another size (the data stays that of the real one). */
export function withJpegSize(bytes: Uint8Array, width: number, height: number): Buffer {
  const copy = Buffer.from(bytes);
  for (let offset = 2; offset + 9 < copy.length;) {
    const marker = copy[offset + 1] ?? 0;
    if (marker >= 0xc0 && marker <= 0xc2) {
      copy.writeUInt16BE(height & 0xffff, offset + 5);
      copy.writeUInt16BE(width & 0xffff, offset + 7);
      return copy;
    }
    offset += 2 + copy.readUInt16BE(offset + 2);
  }
  return copy;
}
