import { crc32 } from 'node:zlib';
import { problem, type ImageHeader, type ImageProblem } from './image-header';
import { pixelLimitProblem } from './image-limits';

/** Bit depths allowed for each PNG colour type (PNG specification, table 11.1). */
const DEPTHS_BY_COLOUR_TYPE: Record<number, readonly number[]> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};
const CHANNELS_BY_COLOUR_TYPE: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/**
 * Deflate cannot shrink data by more than about 1032 to 1 (a 258-byte match costs at least two
 * bits). Compressed data smaller than that share of the pixels the header claims cannot hold them.
 */
const DEFLATE_MAX_RATIO = 1040;

interface PngFacts {
  width: number;
  height: number;
  bitsPerPixel: number;
  palette: boolean;
  hasPalette: boolean;
  idatBytes: number;
}

export function inspectPng(bytes: Uint8Array): ImageHeader | ImageProblem {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const facts: PngFacts = { width: 0, height: 0, bitsPerPixel: 0, palette: false, hasPalette: false, idatBytes: 0 };
  let offset = 8;
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const end = offset + 12 + length;
    if (length > 0x7fffffff || end > bytes.length) return problem('cut-short', 'the file is cut short');
    if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== view.getUint32(offset + 8 + length))
      return problem('damaged', 'the file is damaged (checksum mismatch)');
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (offset === 8 && type !== 'IHDR') return problem('damaged', 'the file is damaged (no header)');
    const refused = readChunk(type, bytes.subarray(offset + 8, offset + 8 + length), facts);
    if (refused) return refused;
    if (type === 'IEND') return finish(facts);
    offset = end;
  }
  return problem('cut-short', 'the file is cut short');
}

function readChunk(type: string, data: Uint8Array, facts: PngFacts): ImageProblem | null {
  if (type === 'IHDR') {
    if (data.length !== 13 || facts.width !== 0) return problem('damaged', 'the file is damaged (bad header)');
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const [depth = 0, colourType = 0, compression, filter, interlace = 0] = data.subarray(8);
    facts.width = view.getUint32(0);
    facts.height = view.getUint32(4);
    if (facts.width === 0 || facts.height === 0 || facts.width > 0x7fffffff || facts.height > 0x7fffffff)
      return problem('no-size', 'the picture has no valid size');
    if (!DEPTHS_BY_COLOUR_TYPE[colourType]?.includes(depth) || compression !== 0 || filter !== 0 || interlace > 1)
      return problem('damaged', 'the file is damaged (impossible header values)');
    facts.bitsPerPixel = depth * (CHANNELS_BY_COLOUR_TYPE[colourType] ?? 1);
    facts.palette = colourType === 3;
  }
  if (type === 'PLTE') facts.hasPalette = true;
  if (type === 'IDAT') facts.idatBytes += data.length;
  return null;
}

function finish(facts: PngFacts): ImageHeader | ImageProblem {
  if (facts.width === 0) return problem('no-size', 'the picture has no size');
  const tooMany = pixelLimitProblem(facts.width, facts.height);
  if (tooMany) return tooMany;
  if (facts.palette && !facts.hasPalette)
    return problem('damaged', 'the file is damaged (its colour table is missing)');
  const leastPixelBytes = (facts.width * facts.height * facts.bitsPerPixel) / 8;
  if (facts.idatBytes * DEFLATE_MAX_RATIO < leastPixelBytes) {
    return problem(
      'damaged',
      `the file is damaged: its header claims ${facts.width} × ${facts.height} pixels but it holds far too little picture data`,
    );
  }
  return { kind: 'png', width: facts.width, height: facts.height };
}
