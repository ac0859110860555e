import fc from 'fast-check';
import { MAX_PHOTO_PIXELS } from '@/shared/ipc/channels/attachments';
import { bombPng, ihdr, jpegImage, lyingPng, PNG_FORMATS, pngImage, withJpegSize } from './hostile-images';

/** A generated file with what the generator knows of it: whether Ripoti must accept it. */
export interface GeneratedImage {
  readonly bytes: Buffer;
  readonly what: string;
  readonly expect?: 'accepted' | 'refused';
}

const side = fc.integer({ min: 1, max: 200 });
const noise = (seed: number) => (index: number) => (Math.imul(index + seed, 2654435761) >>> 24) & 0xff;

const validPng = fc
  .record({ width: side, height: side, format: fc.constantFrom(...PNG_FORMATS), seed: fc.nat() })
  .map(({ width, height, format: [colourType, depth], seed }) => ({
    bytes: pngImage({ width, height, colourType, depth }, noise(seed)),
    what: `valid PNG ${width}×${height} type ${colourType}/${depth}`,
    expect: 'accepted' as const,
  }));
const validJpeg = fc
  .record({ width: side, height: side, quality: fc.integer({ min: 1, max: 100 }), seed: fc.nat() })
  .map(({ width, height, quality, seed }) => ({
    bytes: jpegImage(width, height, quality, seed),
    what: `valid JPEG ${width}×${height} q${quality}`,
    expect: 'accepted' as const,
  }));
const validImage = fc.oneof(validPng, validJpeg);

/** Any size a header can claim: small, the issue's, around the limit, the format's maximum. */
const claimedSide = fc.oneof(
  fc.integer({ min: 1, max: 70_000 }),
  fc.integer({ min: 1, max: 0x7fffffff }),
  fc.constantFrom(0, 4899, 4900, 6000, 12_000, 16_000, 65_535, 100_000_000, 0x7fffffff, 0x80000000, 0xffffffff),
);

/** A real image whose header is rewritten to claim another size, checksums recomputed so only the lie is wrong. */
const lyingImage = fc.oneof(
  fc.record({ base: validPng, width: claimedSide, height: claimedSide }).map(({ base, width, height }) => ({
    bytes: Buffer.concat([
      base.bytes.subarray(0, 8),
      ihdr({ width, height, colourType: base.bytes[25] as 0, depth: base.bytes[24] ?? 8 }),
      base.bytes.subarray(33),
    ]),
    what: `${base.what} claiming ${width}×${height}`,
  })),
  fc.record({ width: claimedSide, height: claimedSide }).map(({ width, height }) => ({
    bytes: lyingPng(width, height),
    what: `empty PNG claiming ${width}×${height}`,
    expect: 'refused' as const,
  })),
  fc
    .record({
      base: validJpeg,
      width: fc.integer({ min: 0, max: 65_535 }),
      height: fc.integer({ min: 0, max: 65_535 }),
    })
    .map(({ base, width, height }) => ({
      bytes: withJpegSize(base.bytes, width, height),
      what: `${base.what} claiming ${width}×${height}`,
    })),
);
/** Decompression bombs whose data matches the header: up to 5000², so many pass the limit and are decoded. */
const bomb = fc
  .record({ width: fc.integer({ min: 1, max: 5000 }), height: fc.integer({ min: 1, max: 5000 }) })
  .map(({ width, height }) => ({
    bytes: bombPng(width, height),
    what: `1-bit PNG bomb ${width}×${height}`,
    expect: width * height <= MAX_PHOTO_PIXELS ? ('accepted' as const) : ('refused' as const),
  }));
const truncated = fc
  .record({ base: validImage, keep: fc.double({ min: 0, max: 0.999, noNaN: true }) })
  .map(({ base, keep }) => ({
    bytes: base.bytes.subarray(0, Math.floor(base.bytes.length * keep)),
    what: `${base.what} cut to ${Math.round(keep * 100)}%`,
  }));
const flipped = fc
  .record({
    base: validImage,
    flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }),
  })
  .map(({ base, flips }) => {
    const copy = Buffer.from(base.bytes);
    for (const [at, mask] of flips) copy[at % copy.length] = (copy[at % copy.length] ?? 0) ^ mask;
    return { bytes: copy, what: `${base.what} with ${flips.length} flipped byte(s)` };
  });
const withMagic = fc
  .record({
    magic: fc.constantFrom([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0xff, 0xd8, 0xff, 0xe0], [0xff, 0xd8]),
    rest: fc.uint8Array({ maxLength: 4000 }),
  })
  .map(({ magic, rest }) => ({
    bytes: Buffer.concat([Buffer.from(magic), rest]),
    what: 'picture signature then noise',
    expect: 'refused' as const,
  }));
const otherType = fc
  .constantFrom('GIF89a\x01\x00\x01\x00', 'RIFF\x24\x00\x00\x00WEBPVP8 ', 'BM6\x00\x00\x00')
  .map((text) => ({ bytes: Buffer.from(text, 'latin1'), what: `other picture type ${text.slice(0, 4)}` }));
const randomBytes = fc
  .uint8Array({ minLength: 0, maxLength: 4000 })
  .map((bytes) => ({ bytes: Buffer.from(bytes), what: 'random bytes' }));

export const anyImage: fc.Arbitrary<GeneratedImage> = fc.oneof(
  { arbitrary: validImage, weight: 3 },
  { arbitrary: lyingImage, weight: 3 },
  { arbitrary: bomb, weight: 1 },
  { arbitrary: truncated, weight: 2 },
  { arbitrary: flipped, weight: 2 },
  { arbitrary: withMagic, weight: 1 },
  { arbitrary: otherType, weight: 1 },
  { arbitrary: randomBytes, weight: 1 },
);
