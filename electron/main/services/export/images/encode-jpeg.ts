import jpeg from 'jpeg-js';
import type { Pixels } from './resize-pixels';

/** Pixels saved as JPEG at `quality` (1–100). */
export function encodeJpeg(pixels: Pixels, quality: number): Uint8Array {
  const encoded = jpeg.encode({ width: pixels.width, height: pixels.height, data: pixels.data }, quality);
  return new Uint8Array(encoded.data);
}
