import { fitWithin, shrinkPixels } from '../images/resize-pixels';
import jpeg from 'jpeg-js';
import type { DecodedPhoto } from './photo-pixels';

/** How photos are saved for sending: JPEG quality and the longest side in pixels. */
export interface PhotoSetting {
  readonly quality: number;
  readonly longSide: number;
}

/** Most legible first. The long side never goes under 1000 px: a photo stays legible on a phone and in print. */
export const SETTINGS: readonly PhotoSetting[] = [
  { longSide: 1600, quality: 85 },
  { longSide: 1600, quality: 75 },
  { longSide: 1600, quality: 65 },
  { longSide: 1400, quality: 65 },
  { longSide: 1200, quality: 65 },
  { longSide: 1200, quality: 55 },
  { longSide: 1000, quality: 55 },
  { longSide: 1000, quality: 45 },
  { longSide: 1000, quality: 35 },
  { longSide: 1000, quality: 25 },
];

const SAMPLE_SIDE = 320;

/**
 * Guesses what every photo weighs at each setting from a small copy of it saved at that
 * quality (bytes per pixel, scaled to the setting's size): saving twenty full photos at
 * every setting would take minutes. The guess only picks where to start; the sizes that
 * count are measured after saving for real.
 */
export function estimateTotals(photos: readonly DecodedPhoto[]): number[] {
  const totals = SETTINGS.map(() => 0);
  for (const photo of photos) {
    const size = fitWithin(photo.pixels.width, photo.pixels.height, SAMPLE_SIDE);
    const sample = shrinkPixels(photo.pixels, size.width, size.height);
    const perQuality = new Map<number, number>();
    SETTINGS.forEach((setting, index) => {
      let bytesPerPixel = perQuality.get(setting.quality);
      if (bytesPerPixel === undefined) {
        bytesPerPixel = jpeg.encode({ width: sample.width, height: sample.height, data: sample.data }, setting.quality).data.byteLength / (sample.width * sample.height);
        perQuality.set(setting.quality, bytesPerPixel);
      }
      const full = fitWithin(photo.pixels.width, photo.pixels.height, setting.longSide);
      // A larger copy of a photo compresses better per pixel than its thumbnail: about 0.7 of it.
      totals[index] = (totals[index] ?? 0) + Math.min(photo.prepared.bytes, bytesPerPixel * full.width * full.height * 0.7);
    });
  }
  return totals;
}

/** The first (most legible) setting whose estimate fits the budget; the last one if none does. */
export function firstFitting(estimates: readonly number[], budget: number, from = 0): number {
  for (let index = from; index < SETTINGS.length; index++) if ((estimates[index] ?? Infinity) <= budget) return index;
  return SETTINGS.length - 1;
}
