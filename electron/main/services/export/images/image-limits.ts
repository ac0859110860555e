import { MAX_PHOTO_PIXELS } from '@/shared/ipc/channels/attachments';
import { problem, type ImageProblem } from './image-header';

/**
 * The one set of limits for photos, wherever they come from (attached by the officer, carried in
 * a .ripoti file, pulled by sync) and wherever they go (the report-sized copy, the Word export).
 * A photo the attachment path accepts is therefore never refused later by the export for its size.
 */
export const IMAGE_LIMITS = {
  /** Bigger files are refused before any work: no phone photo is this large. */
  maxInputBytes: 64 * 1024 * 1024,
  /**
   * Pixels decoded at most: 24 million (6000 × 4000), above any phone's default 12 MP photo and
   * a 24 MP camera's. The pure-JavaScript JPEG decoder needs about 30 bytes a pixel, so this
   * bounds one decode to well under a gigabyte; a larger photo is refused by its header alone.
   */
  maxPixels: MAX_PHOTO_PIXELS,
  /** Longer edge kept: sharp at 15 cm wide when printed, far smaller than a camera photo. */
  maxEdge: 1600,
  /** Pictures within maxEdge and this size are embedded as they are, without decoding. */
  maxEmbedBytes: 1_500_000,
  jpegQuality: 82,
} as const;

/** "24 million": the cap as the messages say it. */
export const MAX_PIXELS_IN_MILLIONS = IMAGE_LIMITS.maxPixels / 1_000_000;

/** The one pixel limit, checked as soon as a header gives the size: the officer's clearest reason. */
export function pixelLimitProblem(width: number, height: number): ImageProblem | null {
  if (width * height <= IMAGE_LIMITS.maxPixels) return null;
  return problem(
    'too-many-pixels',
    `it is ${width} × ${height} pixels; photos up to ${MAX_PIXELS_IN_MILLIONS} million pixels can be used`,
  );
}
