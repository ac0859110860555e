import { FIT_LADDER, type FitSetting } from '../fit-settings';
import { IMAGE_LIMITS } from '../image-limits';
import { inspectImage } from '../inspect-image';
import { fitWithin, shrinkPixels, type Pixels } from '../resize-pixels';
import { reportSizedPixels } from '../shrink-photo';
import { encodeMozjpeg } from './encode-mozjpeg';
import type { FitOutcome } from './photo-messages';

/**
 * Prepare for sending's work on one photo, in the photo thread: the photo is inspected by the
 * one inspector and limits (inspectImage), decoded and downscaled once (reportSizedPixels), then
 * the most legible setting of FIT_LADDER that fits `budgetBytes` is searched on those pixels by
 * halving the ladder: about four encodings a photo (by mozjpeg), never a second decoding. A photo already
 * within the budget and the report's size is kept as it is (saved: null).
 */
export async function fitPhoto(bytes: Uint8Array, budgetBytes: number): Promise<FitOutcome> {
  const header = inspectImage(bytes);
  if ('problem' in header) return { ok: false, ...header };
  const longSide = Math.max(header.width, header.height);
  if (bytes.byteLength <= budgetBytes && longSide <= IMAGE_LIMITS.maxEdge) return { ok: true, longSide, saved: null };
  let pixels: Pixels;
  try {
    pixels = reportSizedPixels(header, bytes);
  } catch {
    return { ok: false, problem: 'damaged', reason: 'the picture data is damaged' };
  }
  const sizes = new Map<number, Pixels>();
  const at = (setting: FitSetting): Pixels => {
    const size = fitWithin(pixels.width, pixels.height, setting.longSide);
    let scaled = sizes.get(size.width);
    if (!scaled) {
      scaled = size.width === pixels.width ? pixels : shrinkPixels(pixels, size.width, size.height);
      sizes.set(size.width, scaled);
    }
    return scaled;
  };
  const save = async (index: number) => {
    const setting = FIT_LADDER[index] ??
      FIT_LADDER[FIT_LADDER.length - 1] ?? { longSide: IMAGE_LIMITS.maxEdge, quality: IMAGE_LIMITS.jpegQuality };
    const scaled = at(setting);
    return {
      bytes: await encodeMozjpeg(scaled, setting.quality),
      longSide: Math.max(scaled.width, scaled.height),
      quality: setting.quality,
    };
  };
  // The first setting that fits; the last one when none does (the officer is told the package is over).
  let best: Awaited<ReturnType<typeof save>> | undefined;
  let low = 0;
  let high = FIT_LADDER.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const saved = await save(middle);
    if (saved.bytes.byteLength <= budgetBytes) {
      best = saved;
      high = middle - 1;
    } else low = middle + 1;
  }
  return { ok: true, longSide, saved: best ?? (await save(FIT_LADDER.length - 1)) };
}
