import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { ImageHeader, ImageKind } from './image-header';
import { IMAGE_LIMITS } from './image-limits';
import { fitWithin, shrinkPixels, type Pixels } from './resize-pixels';

/** A photo made report-sized: its longer edge at most IMAGE_LIMITS.maxEdge, as JPEG. */
export interface ShrunkPhoto {
  readonly width: number;
  readonly height: number;
  readonly jpeg: Uint8Array;
}

/**
 * Decodes an image that inspectImage has passed and encodes a copy whose longer edge is at most
 * maxEdge. Only ever called on inspected headers: the pixel limit is what keeps the decoders'
 * allocations bounded (pngjs sizes its buffers from the header alone). Throws when the pixel data
 * is damaged; callers say which photo.
 */
export function shrinkPhoto(header: ImageHeader, bytes: Uint8Array): ShrunkPhoto {
  const pixels = decodePixels(header.kind, bytes);
  if (pixels.width !== header.width || pixels.height !== header.height) throw new Error('decoded size differs from the header');
  const size = fitWithin(pixels.width, pixels.height, IMAGE_LIMITS.maxEdge);
  // Always through shrinkPixels, even at the same size: it flattens transparency for JPEG.
  const smaller = shrinkPixels(pixels, size.width, size.height);
  const encoded = jpeg.encode({ width: smaller.width, height: smaller.height, data: smaller.data }, IMAGE_LIMITS.jpegQuality);
  return { width: smaller.width, height: smaller.height, jpeg: new Uint8Array(encoded.data) };
}

/** Decodes every pixel, so damaged compressed data is found even when no copy is needed. */
export function decodePixels(kind: ImageKind, bytes: Uint8Array): Pixels {
  if (kind === 'png') {
    const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return { width: png.width, height: png.height, data: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.byteLength) };
  }
  const image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: IMAGE_LIMITS.maxPixels / 1_000_000, maxMemoryUsageInMB: 1024 });
  return { width: image.width, height: image.height, data: image.data };
}
