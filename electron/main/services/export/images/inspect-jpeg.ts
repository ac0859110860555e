import { problem, type ImageHeader, type ImageProblem } from './image-header';
import { pixelLimitProblem } from './image-limits';

/** Frames the decoder reads: baseline, extended and progressive, Huffman-coded, 8 bits a sample. */
const READABLE_FRAMES = new Set([0xc0, 0xc1, 0xc2]);
/** Every other start-of-frame marker: lossless, hierarchical, arithmetic-coded JPEG. */
const OTHER_FRAMES = new Set([0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

interface Frame {
  readonly width: number;
  readonly height: number;
  /** Fewest 8×8 blocks the frame's components can have. */
  readonly blocks: number;
}

/**
 * Walks the markers up to the first scan. Each block of each component has its DC value coded
 * in at least one bit, so the scans must be at least blocks / 8 bytes long: a header that claims
 * far more blocks than the file could code is refused before a decoder allocates them.
 */
export function inspectJpeg(bytes: Uint8Array): ImageHeader | ImageProblem {
  let offset = 2;
  let frame: Frame | ImageProblem | null = null;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return problem('damaged', 'the file is damaged (bad marker)');
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    const length = ((bytes[offset + 2] ?? 0) << 8) | (bytes[offset + 3] ?? 0);
    if (length < 2 || offset + 2 + length > bytes.length) return problem('cut-short', 'the file is cut short');
    if (OTHER_FRAMES.has(marker)) return problem('not-a-picture', 'it uses a kind of JPEG Ripoti cannot read');
    if (READABLE_FRAMES.has(marker)) {
      if (frame) return problem('damaged', 'the file is damaged (two frame headers)');
      frame = readFrame(bytes.subarray(offset + 4, offset + 2 + length));
      if ('problem' in frame) return frame;
    }
    if (marker === 0xda) return firstScan(bytes, offset, frame);
    offset += 2 + length;
  }
  return problem('cut-short', 'the file is cut short');
}

function readFrame(data: Uint8Array): Frame | ImageProblem {
  const [precision, heightHigh = 0, heightLow = 0, widthHigh = 0, widthLow = 0, count = 0] = data;
  const height = (heightHigh << 8) | heightLow;
  const width = (widthHigh << 8) | widthLow;
  if (width === 0 || height === 0) return problem('no-size', 'the picture has no size');
  if (precision !== 8) return problem('not-a-picture', 'it uses a kind of JPEG Ripoti cannot read');
  if (![1, 3, 4].includes(count) || data.length < 6 + count * 3)
    return problem('damaged', 'the file is damaged (bad frame header)');
  const factors = Array.from({ length: count }, (_, index) => data[7 + index * 3] ?? 0).map((byte) => ({
    h: byte >> 4,
    v: byte & 15,
  }));
  if (factors.some(({ h, v }) => h < 1 || h > 4 || v < 1 || v > 4))
    return problem('damaged', 'the file is damaged (bad sampling factors)');
  const maxH = Math.max(...factors.map(({ h }) => h));
  const maxV = Math.max(...factors.map(({ v }) => v));
  const blocks = factors.reduce(
    (sum, { h, v }) =>
      sum + Math.ceil(Math.ceil((width * h) / maxH) / 8) * Math.ceil(Math.ceil((height * v) / maxV) / 8),
    0,
  );
  return { width, height, blocks };
}

function firstScan(bytes: Uint8Array, offset: number, frame: Frame | null): ImageHeader | ImageProblem {
  // Some cameras append a few bytes after the end-of-image marker, so look for it near the end.
  if (!endsWithEndOfImage(bytes)) return problem('cut-short', 'the file is cut short');
  if (!frame) return problem('no-size', 'the picture has no size');
  const tooMany = pixelLimitProblem(frame.width, frame.height);
  if (tooMany) return tooMany;
  if ((bytes.length - offset) * 8 < frame.blocks) {
    return problem(
      'damaged',
      `the file is damaged: its header claims ${frame.width} × ${frame.height} pixels but it holds far too little picture data`,
    );
  }
  return { kind: 'jpg', width: frame.width, height: frame.height };
}

function endsWithEndOfImage(bytes: Uint8Array): boolean {
  for (let index = bytes.length - 2; index >= Math.max(0, bytes.length - 1024); index--) {
    if (bytes[index] === 0xff && bytes[index + 1] === 0xd9) return true;
  }
  return false;
}
