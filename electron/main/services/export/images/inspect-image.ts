import { problem, type ImageHeader, type ImageProblem } from './image-header';
import { inspectJpeg } from './inspect-jpeg';
import { inspectPng } from './inspect-png';

export type { ImageHeader, ImageKind, ImageProblem } from './image-header';

/**
 * Reads an image's type and size and checks its structure without decoding its pixels: every
 * PNG chunk's checksum, every JPEG marker up to the end-of-image marker, the header's fields,
 * and whether the file holds enough compressed data for the size its header claims (a header
 * that lies about its size is how a 68-byte file asks a decoder for terabytes). The one pixel
 * limit is checked as soon as the header gives the size. Nothing may decode an image this
 * function has not passed.
 */
export function inspectImage(bytes: Uint8Array): ImageHeader | ImageProblem {
  const header = isPng(bytes)
    ? inspectPng(bytes)
    : isJpeg(bytes)
      ? inspectJpeg(bytes)
      : problem('not-a-picture', 'it is not a PNG or JPEG picture');
  return header;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((value, index) => bytes[index] === value);
}

export function isJpeg(bytes: Uint8Array): boolean {
  return bytes[0] === 0xff && bytes[1] === 0xd8;
}

/** True when the bytes claim to be a picture (by their first bytes, never by a file name). */
export function looksLikeImage(bytes: Uint8Array): boolean {
  return isPng(bytes) || isJpeg(bytes);
}
