import { IMAGE_LIMITS } from './image-limits';

/** How a photo is saved to fit a size: JPEG quality and the longest side in pixels. */
export interface FitSetting {
  readonly quality: number;
  readonly longSide: number;
}

/** The long side a photo never goes under to fit: legible on a phone and in print. */
export const MIN_FIT_LONG_SIDE = 1000;

/**
 * Most legible first: quality comes down before size does, and the long side never goes
 * under MIN_FIT_LONG_SIDE (a photo smaller than that keeps its size). Each step weighs less
 * than the one before, which lets the search halve the ladder.
 */
export const FIT_LADDER: readonly FitSetting[] = [
  { longSide: IMAGE_LIMITS.maxEdge, quality: 85 },
  { longSide: IMAGE_LIMITS.maxEdge, quality: 75 },
  { longSide: IMAGE_LIMITS.maxEdge, quality: 65 },
  { longSide: 1400, quality: 65 },
  { longSide: 1200, quality: 65 },
  { longSide: 1200, quality: 55 },
  { longSide: MIN_FIT_LONG_SIDE, quality: 55 },
  { longSide: MIN_FIT_LONG_SIDE, quality: 45 },
  { longSide: MIN_FIT_LONG_SIDE, quality: 35 },
  { longSide: MIN_FIT_LONG_SIDE, quality: 25 },
];
