import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { inspectImage } from '@/electron/main/services/export/images/inspect-image';
import { shrinkPixels } from '@/electron/main/services/export/images/resize-pixels';
import { reportSizedPixels } from '@/electron/main/services/export/images/shrink-photo';
import { cameraPhoto } from '@/tests/fixtures/photos/camera-photos';
import { pngImage } from '@/tests/integration/hostile-files/support/hostile-images';

function headerOf(bytes: Uint8Array) {
  const header = inspectImage(bytes);
  if ('problem' in header) throw new Error(header.reason);
  return header;
}

describe('reportSizedPixels', () => {
  it('uses an opaque JPEG already of the report size as decoded, pixel for pixel what the resizing pass gave', () => {
    const bytes = cameraPhoto(2);
    const decoded = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
    const pixels = reportSizedPixels(headerOf(bytes), bytes);
    expect([pixels.width, pixels.height]).toEqual([1600, 1200]);
    expect(Buffer.from(pixels.data).equals(Buffer.from(decoded.data))).toBe(true);
    // The pass the fast path skips would have given the same pixels.
    expect(Buffer.from(shrinkPixels(decoded, 1600, 1200).data).equals(Buffer.from(pixels.data))).toBe(true);
  });

  it('still shrinks a larger JPEG to the edge limit', () => {
    const bytes = cameraPhoto(3, 2000, 1500, 80);
    const pixels = reportSizedPixels(headerOf(bytes), bytes);
    expect([pixels.width, pixels.height]).toEqual([1600, 1200]);
  });

  it('flattens a half-transparent PNG of the report size onto white', () => {
    // RGBA 8-bit, every byte 0: transparent black, which must come out white, not black.
    const bytes = new Uint8Array(pngImage({ width: 40, height: 30, colourType: 6, depth: 8 }));
    const pixels = reportSizedPixels(headerOf(bytes), bytes);
    expect([pixels.width, pixels.height]).toEqual([40, 30]);
    expect([...pixels.data.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
  });
});
