import type { ImageKind } from './image-header';
import { IMAGE_LIMITS } from './image-limits';
import { inspectImage } from './inspect-image';
import { PhotoRefused } from './photo-refused';
import { shrinkPhoto } from './shrink-photo';

export { IMAGE_LIMITS } from './image-limits';

/** A picture ready to embed: small enough for a document that is e-mailed to UNESCO. */
export interface PreparedImage {
  readonly kind: ImageKind;
  readonly data: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/**
 * Checks one photo and downscales it when it is too large. Throws PhotoRefused, naming the
 * photo and why, when it cannot be used, so the officer knows which one to replace. The same
 * inspector and limits as the attachment path, so a photo accepted there is accepted here.
 */
export function prepareImage(name: string, bytes: Uint8Array): PreparedImage {
  if (bytes.byteLength > IMAGE_LIMITS.maxInputBytes)
    throw new PhotoRefused(name, 'too-large', `it is larger than ${IMAGE_LIMITS.maxInputBytes / 1024 / 1024} MB`);
  const header = inspectImage(bytes);
  if ('problem' in header) throw new PhotoRefused(name, header.problem, header.reason);
  const fitsAlready =
    Math.max(header.width, header.height) <= IMAGE_LIMITS.maxEdge && bytes.byteLength <= IMAGE_LIMITS.maxEmbedBytes;
  if (fitsAlready) return { kind: header.kind, data: bytes, width: header.width, height: header.height };
  try {
    const shrunk = shrinkPhoto(header, bytes);
    return { kind: 'jpg', data: shrunk.jpeg, width: shrunk.width, height: shrunk.height };
  } catch {
    throw new PhotoRefused(name, 'damaged', 'the picture data is damaged');
  }
}
