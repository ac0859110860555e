import jpeg from 'jpeg-js';
import type { ImageHeader } from './image-header';
import { IMAGE_LIMITS } from './image-limits';
import { readPngLayout } from './png-layout';
import { shrinkPng } from './png-shrink';
import { fitWithin, shrinkPixels, type Pixels } from './resize-pixels';

/** A photo made report-sized: its longer edge at most IMAGE_LIMITS.maxEdge, as JPEG. */
export interface ShrunkPhoto {
  readonly width: number;
  readonly height: number;
  readonly jpeg: Uint8Array;
}

/**
 * Decodes every pixel of an image that inspectImage has passed (so damaged data is found) into
 * a picture whose longer edge is at most maxEdge, transparency flattened onto white. A PNG is
 * decoded row by row straight into the smaller picture; a JPEG whole, by jpeg-js, whose memory
 * the pixel limit bounds. Throws when the pixel data is damaged; callers say which photo.
 */
export function reportSizedPixels(header: ImageHeader, bytes: Uint8Array): Pixels {
  const size = fitWithin(header.width, header.height, IMAGE_LIMITS.maxEdge);
  if (header.kind === 'png') return shrinkPng(readPngLayout(bytes), size.width, size.height);
  const image = jpeg.decode(bytes, {
    useTArray: true,
    formatAsRGBA: true,
    maxResolutionInMP: IMAGE_LIMITS.maxPixels / 1_000_000,
    maxMemoryUsageInMB: 1024,
  });
  if (image.width !== header.width || image.height !== header.height)
    throw new Error('decoded size differs from the header');
  // Through shrinkPixels even at the same size when anything is transparent (it flattens onto
  // white for JPEG); an opaque picture of the right size is used as decoded (a whole pass saved).
  if (size.width === image.width && size.height === image.height && isOpaque(image.data))
    return { width: image.width, height: image.height, data: image.data };
  return shrinkPixels(image, size.width, size.height);
}

/** reportSizedPixels, encoded as the JPEG the report embeds. */
export function shrinkPhoto(header: ImageHeader, bytes: Uint8Array): ShrunkPhoto {
  const pixels = reportSizedPixels(header, bytes);
  const encoded = jpeg.encode(
    { width: pixels.width, height: pixels.height, data: pixels.data },
    IMAGE_LIMITS.jpegQuality,
  );
  return { width: pixels.width, height: pixels.height, jpeg: new Uint8Array(encoded.data) };
}

function isOpaque(rgba: Uint8Array): boolean {
  for (let index = 3; index < rgba.length; index += 4) if (rgba[index] !== 255) return false;
  return true;
}
