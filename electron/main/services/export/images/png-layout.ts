import type { PngLayout } from './png-rows';

/**
 * The parts of a PNG the pixel decoder needs. Only for bytes inspectImage has passed: the chunk
 * structure, checksums and header values are already known to be sound.
 */
export function readPngLayout(bytes: Uint8Array): PngLayout {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const data: Uint8Array[] = [];
  let palette: Uint8Array = new Uint8Array(0);
  let transparency: Uint8Array | null = null;
  for (let offset = 8; offset + 12 <= bytes.length;) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'PLTE') palette = body;
    if (type === 'tRNS') transparency = body;
    if (type === 'IDAT') data.push(body);
    if (type === 'IEND') break;
    offset += 12 + length;
  }
  return {
    width: view.getUint32(16),
    height: view.getUint32(20),
    depth: bytes[24] ?? 8,
    colourType: bytes[25] ?? 6,
    interlaced: bytes[28] === 1,
    palette,
    transparency,
    data,
  };
}
