import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { RipotiError } from '../../../../shared/errors';

/** Longest side of a photo in the report: enough for a printed page, small enough for e-mail. */
export const REPORT_IMAGE_MAX_SIDE = 1600;

export type ImageKind = 'jpeg' | 'png';

/** Trusts the bytes, not the file name: a renamed document is not a photo. */
export function imageKindOf(bytes: Uint8Array): ImageKind | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  return null;
}

interface Rgba {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

function decode(kind: ImageKind, bytes: Uint8Array): Rgba {
  try {
    if (kind === 'jpeg') return jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: 120, maxMemoryUsageInMB: 600 });
    const png = PNG.sync.read(Buffer.from(bytes));
    return { width: png.width, height: png.height, data: png.data };
  } catch (error) {
    throw new RipotiError('invalid-data', 'This photo cannot be read: the file may be damaged or incomplete.', { cause: error });
  }
}

/** Box-filter downscale: averages every source pixel, so text and lines in photos stay legible. */
function shrink(image: Rgba, scale: number): Rgba {
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    const y0 = Math.floor(y / scale);
    const y1 = Math.min(image.height, Math.max(y0 + 1, Math.floor((y + 1) / scale)));
    for (let x = 0; x < width; x += 1) {
      const x0 = Math.floor(x / scale);
      const x1 = Math.min(image.width, Math.max(x0 + 1, Math.floor((x + 1) / scale)));
      const sum = [0, 0, 0, 0];
      for (let sy = y0; sy < y1; sy += 1) {
        for (let sx = x0; sx < x1; sx += 1) {
          const at = (sy * image.width + sx) * 4;
          for (let c = 0; c < 4; c += 1) sum[c] = (sum[c] ?? 0) + (image.data[at + c] ?? 0);
        }
      }
      const count = (y1 - y0) * (x1 - x0);
      for (let c = 0; c < 4; c += 1) data[(y * width + x) * 4 + c] = Math.round((sum[c] ?? 0) / count);
    }
  }
  return { width, height, data };
}

export interface ReportImage {
  readonly width: number;
  readonly height: number;
  /** The bytes to put in the report: the original if small enough, else a downscaled copy. */
  readonly bytes: Uint8Array;
}

/** Checks that a photo decodes and gives the copy used in the report. */
export function prepareReportImage(kind: ImageKind, bytes: Uint8Array): ReportImage {
  const image = decode(kind, bytes);
  const longest = Math.max(image.width, image.height);
  if (longest <= REPORT_IMAGE_MAX_SIDE) return { width: image.width, height: image.height, bytes };
  const small = shrink(image, REPORT_IMAGE_MAX_SIDE / longest);
  const encoded =
    kind === 'jpeg'
      ? jpeg.encode({ width: small.width, height: small.height, data: small.data }, 85).data
      : PNG.sync.write(Object.assign(new PNG({ width: small.width, height: small.height }), { data: Buffer.from(small.data) }));
  return { width: small.width, height: small.height, bytes: encoded };
}
