import { describe, expect, it } from 'vitest';
import { IMAGE_LIMITS } from '@/electron/main/services/export/images/image-limits';
import { inspectImage } from '@/electron/main/services/export/images/inspect-image';
import { prepareImage } from '@/electron/main/services/export/images/prepare-image';
import { MAX_PHOTO_PIXELS } from '@/shared/ipc/channels/attachments';
import {
  bombPng,
  ihdr,
  jpegImage,
  lyingPng,
  pngChunk,
  pngImage,
  withJpegSize,
} from '@/tests/integration/hostile-files/support/hostile-images';

const problemOf = (bytes: Uint8Array) => {
  const result = inspectImage(bytes);
  return 'problem' in result ? result.problem : 'ok';
};

describe('inspectImage: one inspector, one limit, before any decoder', () => {
  it('has one pixel limit, shared with the interface, and enforces it exactly', () => {
    expect(IMAGE_LIMITS.maxPixels).toBe(MAX_PHOTO_PIXELS);
    expect(inspectImage(bombPng(6000, 4000))).toEqual({ kind: 'png', width: 6000, height: 4000 });
    expect(inspectImage(bombPng(6000, 4001))).toEqual({
      problem: 'too-many-pixels',
      reason: 'it is 6000 × 4001 pixels; photos up to 24 million pixels can be used',
    });
    expect(problemOf(withJpegSize(jpegImage(64, 48), 6000, 4001))).toBe('too-many-pixels');
  });

  it('refuses the issue’s 68-byte PNG for its size, before looking at its data', () => {
    expect(lyingPng(100_000_000, 100_000_000).length).toBeLessThanOrEqual(68);
    expect(problemOf(lyingPng(100_000_000, 100_000_000))).toBe('too-many-pixels');
  });

  it('refuses a header that claims more pixels than its compressed data could hold', () => {
    expect(inspectImage(lyingPng(4000, 3000))).toMatchObject({
      problem: 'damaged',
      reason: expect.stringMatching(/claims 4000 × 3000 pixels but it holds far too little picture data/) as string,
    });
    const jpeg = jpegImage(64, 48);
    expect(problemOf(withJpegSize(jpeg, 4000, 3000))).toBe('damaged');
    expect(problemOf(withJpegSize(jpeg, 80, 60))).toBe('ok');
  });

  it('refuses impossible PNG headers: values outside the specification, no header first, no colour table', () => {
    const signature = pngImage({ width: 1, height: 1 }).subarray(0, 8);
    const end = pngChunk('IEND', Buffer.alloc(0));
    const data = pngChunk('IDAT', Buffer.from([0x78, 0x9c, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01]));
    expect(
      problemOf(Buffer.concat([signature, ihdr({ width: 1, height: 1, colourType: 2, depth: 4 }), data, end])),
    ).toBe('damaged');
    expect(problemOf(Buffer.concat([signature, ihdr({ width: 0, height: 1 }), data, end]))).toBe('no-size');
    expect(problemOf(Buffer.concat([signature, ihdr({ width: 1, height: 1, interlace: 2 as 1 }), data, end]))).toBe(
      'damaged',
    );
    expect(problemOf(Buffer.concat([signature, data, ihdr({ width: 1, height: 1 }), end]))).toBe('damaged');
    expect(
      problemOf(Buffer.concat([signature, ihdr({ width: 1, height: 1, colourType: 3, depth: 8 }), data, end])),
    ).toBe('damaged');
  });

  it('refuses JPEG kinds the decoder cannot read and impossible frame headers', () => {
    const jpeg = jpegImage(16, 16);
    const frameAt = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
    const arithmetic = Buffer.from(jpeg);
    arithmetic[frameAt + 1] = 0xc9;
    expect(problemOf(arithmetic)).toBe('not-a-picture');
    const twelveBit = Buffer.from(jpeg);
    twelveBit[frameAt + 4] = 12;
    expect(problemOf(twelveBit)).toBe('not-a-picture');
    const badSampling = Buffer.from(jpeg);
    badSampling[frameAt + 11] = 0x50;
    expect(problemOf(badSampling)).toBe('damaged');
  });

  it('gives the export the same answer as the attachment path at the limit', () => {
    expect(() => prepareImage('Mkutano.png', bombPng(6000, 4001))).toThrow(
      expect.objectContaining({ warning: expect.objectContaining({ problem: 'too-many-pixels' }) as unknown }),
    );
    expect(prepareImage('Mkutano.png', bombPng(6000, 4000))).toMatchObject({ kind: 'jpg', width: 1600, height: 1067 });
  }, 30_000);
});
