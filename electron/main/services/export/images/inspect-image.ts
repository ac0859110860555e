import { problem, type ImageHeader, type ImageProblem } from './image-header';
import { IMAGE_LIMITS, MAX_PIXELS_IN_MILLIONS } from './image-limits';
import { inspectJpeg } from './inspect-jpeg';
import { inspectPng } from './inspect-png';

export type { ImageHeader, ImageKind, ImageProblem } from './image-header';

/**
 * Reads an image's type and size and checks its structure without decoding its pixels: every
 * PNG chunk's checksum, every JPEG marker up to the end-of-image marker, the header's fields,
 * and whether the file holds enough compressed data for the size its header claims (a header
 * that lies about its size is how a 68-byte file asks a decoder for terabytes). Then the one
 * pixel limit. Nothing may decode an image this function has not passed.
 */
export function inspectImage(bytes: Uint8Array): ImageHeader | ImageProblem {
  const header = isPng(bytes) ? inspectPng(bytes) : isJpeg(bytes) ? inspectJpeg(bytes) : problem('not-a-picture', 'it is not a PNG or JPEG picture');
  if ('problem' in header) return header;
  if (header.width * header.height > IMAGE_LIMITS.maxPixels) {
    return problem('too-many-pixels', `it is ${header.width} × ${header.height} pixels; photos up to ${MAX_PIXELS_IN_MILLIONS} million pixels can be used`);
  }
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
