import { crc32, deflateSync } from 'node:zlib';

/** PNGs for the built bundle's photo worker, made byte by byte (the driver is plain JavaScript). */
function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A grey 1-bit PNG of zeros, `width` × `height`, with `data` compressed rows (empty for a lying header). */
function greyPng(width, height, rows) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([1, 0, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** 2000 × 1000: decoded and downscaled to 1600 × 800 by the photo worker. */
export const largePhoto = () => greyPng(2000, 1000, Buffer.alloc((Math.ceil(2000 / 8) + 1) * 1000)).toString('base64');
/** The 68-byte PNG claiming 100,000,000² pixels. */
export const crashPhoto = () => greyPng(100_000_000, 100_000_000, Buffer.alloc(0)).toString('base64');
