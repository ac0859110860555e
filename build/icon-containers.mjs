// @ts-check
/**
 * Icon containers written by hand, because the usual tools (png2icns, ImageMagick) are not on
 * every build machine: both formats may simply wrap PNG images.
 */

/**
 * Windows .ico holding PNG images (Vista and later read PNG entries; 256 is written as 0).
 * @param {Array<{ size: number; png: Buffer }>} images
 */
export function encodeIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

/** The ICNS element types that may hold a PNG, by pixel size (macOS 10.7+). */
export const ICNS_TYPES = /** @type {const} */ ({
  16: 'icp4',
  32: 'icp5',
  64: 'icp6',
  128: 'ic07',
  256: 'ic08',
  512: 'ic09',
  1024: 'ic10',
});

/**
 * macOS .icns: 'icns' + total length, then (type, length, PNG) elements, lengths big-endian.
 * @param {Array<{ size: number; png: Buffer }>} images
 */
export function encodeIcns(images) {
  const elements = images.map(({ size, png }) => {
    const type = ICNS_TYPES[/** @type {keyof typeof ICNS_TYPES} */ (size)];
    if (!type) throw new Error(`ICNS has no PNG slot for ${size}px`);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(8 + png.length, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + elements.reduce((sum, element) => sum + element.length, 0), 4);
  return Buffer.concat([head, ...elements]);
}
