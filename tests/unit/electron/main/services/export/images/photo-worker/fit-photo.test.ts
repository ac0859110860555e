import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { FIT_LADDER } from '@/electron/main/services/export/images/fit-settings';
import { inspectImage } from '@/electron/main/services/export/images/inspect-image';
import { fitWithin, shrinkPixels } from '@/electron/main/services/export/images/resize-pixels';
import { encodeMozjpeg } from '@/electron/main/services/export/images/photo-worker/encode-mozjpeg';
import { fitPhoto } from '@/electron/main/services/export/images/photo-worker/fit-photo';
import { cameraPhoto } from '@/tests/fixtures/photos/camera-photos';
import { jpegImage } from '@/tests/integration/hostile-files/support/hostile-images';

const KB = 1024;

describe('fitPhoto (Prepare for sending, in the photo thread)', () => {
  it('keeps a 1600 px camera photo at full size in 300 KB, which jpeg-js at the same setting overshoots', async () => {
    const bytes = cameraPhoto(5);
    const outcome = await fitPhoto(bytes, 300 * KB);
    if (!outcome.ok || !outcome.saved) throw new Error('expected the photo saved again');
    expect(outcome.saved.bytes.byteLength).toBeLessThanOrEqual(300 * KB);
    expect(outcome.saved.longSide).toBe(1600);
    // A real JPEG of the size it says, that jpeg-js (another decoder) reads.
    expect(inspectImage(outcome.saved.bytes)).toMatchObject({ kind: 'jpg', width: 1600, height: 1200 });
    expect(jpeg.decode(outcome.saved.bytes, { useTArray: true }).width).toBe(1600);
    // The same setting written by jpeg-js is over the budget: the smaller encoder is what keeps the size.
    const decoded = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
    expect(jpeg.encode(decoded, outcome.saved.quality).data.byteLength).toBeGreaterThan(300 * KB);
  }, 60_000);

  it('takes the most legible setting that fits: the one above it on the ladder is over the budget', async () => {
    const bytes = cameraPhoto(6);
    const outcome = await fitPhoto(bytes, 120 * KB);
    if (!outcome.ok || !outcome.saved) throw new Error('expected the photo saved again');
    const { saved } = outcome;
    expect(saved.bytes.byteLength).toBeLessThanOrEqual(120 * KB);
    const index = FIT_LADDER.findIndex(
      (setting) => setting.quality === saved.quality && setting.longSide === saved.longSide,
    );
    const above = FIT_LADDER[index - 1];
    if (!above) throw new Error(`expected a setting below the first, got ${saved.longSide} px at ${saved.quality}`);
    const decoded = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
    const size = fitWithin(decoded.width, decoded.height, above.longSide);
    const aboveBytes = await encodeMozjpeg(shrinkPixels(decoded, size.width, size.height), above.quality);
    expect(aboveBytes.byteLength).toBeGreaterThan(120 * KB);
  }, 60_000);

  it('keeps a photo already within the budget and the report size as it is, and refuses a damaged one', async () => {
    expect(await fitPhoto(jpegImage(800, 600), 1024 * KB)).toEqual({ ok: true, longSide: 800, saved: null });
    const damaged = cameraPhoto(7).slice(0, 4000);
    expect(await fitPhoto(damaged, 100 * KB)).toMatchObject({ ok: false });
  }, 60_000);
});
