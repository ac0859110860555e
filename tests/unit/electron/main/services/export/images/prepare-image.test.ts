import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { examplePhoto } from '@/electron/main/services/export/example/example-photos';
import { IMAGE_LIMITS, prepareImage } from '@/electron/main/services/export/images/prepare-image';
import { inspectImage } from '@/electron/main/services/export/images/inspect-image';

function noisyPng(width: number, height: number): Uint8Array {
  const png = new PNG({ width, height });
  let seed = 7;
  for (let index = 0; index < png.data.length; index++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    png.data[index] = index % 4 === 3 ? 255 : seed >>> 24;
  }
  return new Uint8Array(PNG.sync.write(png, { deflateLevel: 1 }));
}

describe('inspectImage', () => {
  it('reads size and type of a valid PNG and JPEG', () => {
    const photo = examplePhoto(1, 320, 200);
    expect(inspectImage(photo.bytes)).toEqual({ kind: 'png', width: 320, height: 200 });
    const encoded = jpeg.encode({ width: 64, height: 48, data: new Uint8Array(64 * 48 * 4).fill(200) }, 80);
    expect(inspectImage(new Uint8Array(encoded.data))).toEqual({ kind: 'jpg', width: 64, height: 48 });
  });

  it('finds truncated, bit-flipped and foreign files', () => {
    const photo = examplePhoto(2, 320, 200).bytes;
    expect(inspectImage(photo.subarray(0, photo.length - 40))).toEqual({
      problem: 'cut-short',
      reason: 'the file is cut short',
    });
    const flipped = photo.slice();
    flipped[100] = (flipped[100] ?? 0) ^ 0xff;
    expect(inspectImage(flipped)).toEqual({ problem: 'damaged', reason: 'the file is damaged (checksum mismatch)' });
    expect(inspectImage(new TextEncoder().encode('GIF89a not supported'))).toEqual({
      problem: 'not-a-picture',
      reason: 'it is not a PNG or JPEG picture',
    });
  });
});

describe('prepareImage', () => {
  it('embeds a small photo as it is', () => {
    const photo = examplePhoto(3, 320, 200);
    const prepared = prepareImage('small.png', photo.bytes);
    expect(prepared.data).toBe(photo.bytes);
    expect([prepared.width, prepared.height]).toEqual([320, 200]);
  });

  it('downscales a 40 MB photo to the edge limit as JPEG', () => {
    const big = noisyPng(3400, 3000);
    expect(big.byteLength).toBeGreaterThan(30 * 1024 * 1024);
    const prepared = prepareImage('huge.png', big);
    expect(prepared.kind).toBe('jpg');
    expect(Math.max(prepared.width, prepared.height)).toBe(IMAGE_LIMITS.maxEdge);
    expect(prepared.data.byteLength).toBeLessThan(3 * 1024 * 1024);
    const decoded = jpeg.decode(prepared.data);
    expect([decoded.width, decoded.height]).toEqual([prepared.width, prepared.height]);
  });

  it('refuses a corrupt photo with a message naming it', () => {
    const photo = examplePhoto(4, 320, 200).bytes.subarray(0, 500);
    expect(() => prepareImage('Class at Watamu.png', photo)).toThrow(/"Class at Watamu\.png".*cut short/);
    expect(() => prepareImage('Class at Watamu.png', photo)).toThrow(
      expect.objectContaining({
        code: 'invalid-data',
        warning: {
          photo: 'Class at Watamu.png',
          problem: 'cut-short',
          message: 'The photo "Class at Watamu.png" was left out: the file is cut short.',
        },
      }),
    );
  });
});
