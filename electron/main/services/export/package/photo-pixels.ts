import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { IMAGE_LIMITS, prepareImage } from '../images/prepare-image';
import { fitWithin, shrinkPixels, type Pixels } from '../images/resize-pixels';

/** A photo decoded once, at most the export's largest size, ready to be saved again smaller. */
export interface DecodedPhoto {
  readonly id: string;
  readonly name: string;
  /** The photo as the export would embed it now: its size, and its bytes (kept when saving again gains nothing). */
  readonly prepared: { readonly bytes: number; readonly longSide: number };
  readonly preparedBytes: Uint8Array;
  readonly pixels: Pixels;
}

/**
 * Checks a photo the way the export does (`prepareImage`: size limits, damaged files refused
 * and named), then decodes what the export would embed. Throws PhotoRefused like the export.
 */
export function decodePhoto(id: string, name: string, bytes: Uint8Array): DecodedPhoto {
  const prepared = prepareImage(name, bytes);
  const pixels = decodeImage(prepared.kind, prepared.data);
  const size = fitWithin(pixels.width, pixels.height, IMAGE_LIMITS.maxEdge);
  const fitted = size.width === pixels.width ? pixels : shrinkPixels(pixels, size.width, size.height);
  return { id, name, prepared: { bytes: prepared.data.byteLength, longSide: Math.max(prepared.width, prepared.height) }, preparedBytes: prepared.data, pixels: fitted };
}

/** The photo saved as JPEG with its long side at most `longSide` pixels (never enlarged). */
export function encodePhoto(photo: DecodedPhoto, longSide: number, quality: number): { bytes: Uint8Array; longSide: number } {
  const size = fitWithin(photo.pixels.width, photo.pixels.height, longSide);
  const pixels = shrinkPixels(photo.pixels, size.width, size.height);
  const encoded = jpeg.encode({ width: pixels.width, height: pixels.height, data: pixels.data }, quality);
  return { bytes: new Uint8Array(encoded.data), longSide: Math.max(size.width, size.height) };
}

function decodeImage(kind: 'png' | 'jpg', bytes: Uint8Array): Pixels {
  if (kind === 'png') {
    const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return { width: png.width, height: png.height, data: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.byteLength) };
  }
  const image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: IMAGE_LIMITS.maxPixels / 1_000_000, maxMemoryUsageInMB: 1024 });
  return { width: image.width, height: image.height, data: image.data };
}
