import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { inspectImage, type ImageKind } from './inspect-image';
import { PhotoRefused } from './photo-refused';
import { fitWithin, shrinkPixels, type Pixels } from './resize-pixels';

/** A picture ready to embed: small enough for a document that is e-mailed to UNESCO. */
export interface PreparedImage {
  readonly kind: ImageKind;
  readonly data: Uint8Array;
  readonly width: number;
  readonly height: number;
}

export const IMAGE_LIMITS = {
  /** Bigger files are refused before any work: no phone photo is this large. */
  maxInputBytes: 64 * 1024 * 1024,
  /** Pixels decoded at most (about 8000 × 7500); keeps a hostile file from taking gigabytes. */
  maxPixels: 60_000_000,
  /** Longer edge kept: sharp at 15 cm wide when printed, far smaller than a camera photo. */
  maxEdge: 1600,
  /** Pictures within maxEdge and this size are embedded as they are, without decoding. */
  maxEmbedBytes: 1_500_000,
  jpegQuality: 82,
} as const;

/**
 * Checks one photo and downscales it when it is too large. Throws PhotoRefused, naming the
 * photo and why, when it cannot be used, so the officer knows which one to replace.
 */
export function prepareImage(name: string, bytes: Uint8Array): PreparedImage {
  if (bytes.byteLength > IMAGE_LIMITS.maxInputBytes) throw new PhotoRefused(name, 'too-large', `it is larger than ${IMAGE_LIMITS.maxInputBytes / 1024 / 1024} MB`);
  const header = inspectImage(bytes);
  if ('problem' in header) throw new PhotoRefused(name, header.problem, header.reason);
  if (header.width * header.height > IMAGE_LIMITS.maxPixels) throw new PhotoRefused(name, 'too-many-pixels', `it has more than ${IMAGE_LIMITS.maxPixels / 1_000_000} million pixels`);
  const fitsAlready = Math.max(header.width, header.height) <= IMAGE_LIMITS.maxEdge && bytes.byteLength <= IMAGE_LIMITS.maxEmbedBytes;
  if (fitsAlready) return { kind: header.kind, data: bytes, width: header.width, height: header.height };
  let pixels: Pixels;
  try {
    pixels = decode(header.kind, bytes);
  } catch {
    throw new PhotoRefused(name, 'damaged', 'the picture data is damaged');
  }
  const size = fitWithin(pixels.width, pixels.height, IMAGE_LIMITS.maxEdge);
  // Always through shrinkPixels, even at the same size: it flattens transparency for JPEG.
  const smaller = shrinkPixels(pixels, size.width, size.height);
  const encoded = jpeg.encode({ width: smaller.width, height: smaller.height, data: smaller.data }, IMAGE_LIMITS.jpegQuality);
  return { kind: 'jpg', data: new Uint8Array(encoded.data), width: smaller.width, height: smaller.height };
}

function decode(kind: ImageKind, bytes: Uint8Array): Pixels {
  if (kind === 'png') {
    const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return { width: png.width, height: png.height, data: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.byteLength) };
  }
  const image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: IMAGE_LIMITS.maxPixels / 1_000_000, maxMemoryUsageInMB: 1024 });
  return { width: image.width, height: image.height, data: image.data };
}
