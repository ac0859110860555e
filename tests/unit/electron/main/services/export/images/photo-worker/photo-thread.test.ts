import { describe, expect, it } from 'vitest';
import { photoThread, photoWorkerFromSource } from '@/electron/main/services/export/images/photo-worker/photo-thread';
import { bombPng, jpegImage, lyingPng } from '@/tests/integration/hostile-files/support/hostile-images';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);

describe('photoThread', () => {
  it('checks photos in a thread of its own and makes the report-sized copy of a large one', async () => {
    const check = photoThread({ script: photoWorkerFromSource() });
    expect(await check(jpegImage(300, 200))).toEqual({ ok: true, width: 300, height: 200, reportCopy: null });
    const large = await check(bombPng(4000, 3000));
    expect(large).toMatchObject({ ok: true, width: 1600, height: 1200 });
    expect(large.ok && large.reportCopy?.subarray(0, 2)).toEqual(Uint8Array.from([0xff, 0xd8]));
    expect(await check(lyingPng(100_000_000, 100_000_000))).toMatchObject({ ok: false, problem: 'too-many-pixels' });
  }, 60_000);

  it('refuses a photo whose thread runs out of its memory limit, and the next photo gets a fresh thread', async () => {
    const check = photoThread({ script: fixture('hog-memory.mjs'), heapMb: 32 });
    const [hog, next] = await Promise.all([check(Uint8Array.of(1)), check(Uint8Array.of(2))]);
    expect(hog).toEqual({
      ok: false,
      problem: 'too-much-work',
      reason: 'it needs more memory than Ripoti allows for one photo',
    });
    expect(next).toEqual({ ok: true, width: 1, height: 1, reportCopy: null });
  }, 60_000);

  it('refuses a photo that takes longer than the timeout, and one whose thread dies', async () => {
    expect(await photoThread({ script: fixture('never-answer.mjs'), timeoutMs: 300 })(Uint8Array.of(1))).toEqual({
      ok: false,
      problem: 'too-much-work',
      reason: 'it takes too long to read',
    });
    expect(await photoThread({ script: fixture('exit-at-once.mjs') })(Uint8Array.of(1))).toEqual({
      ok: false,
      problem: 'unreadable',
      reason: 'the picture could not be read',
    });
  }, 60_000);
});
