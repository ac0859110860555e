import { open, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DraftStore } from '@/electron/main/services/drafts/draft-store';
import { firstFeatureId, sampleReport, withNarrative } from '../../unit/electron/main/services/drafts/sample-report';
import { mountTmpfs } from './tmpfs';

const mounted = mountTmpfs('512k');
afterAll(() => {
  if (mounted.ok) mounted.fs.unmount();
});

/** Fills the file system until the kernel says ENOSPC: a real full disk, not a mock. */
async function fillDisk(file: string): Promise<void> {
  const handle = await open(file, 'w');
  const chunk = Buffer.alloc(4096, 1);
  try {
    for (;;) await handle.write(chunk);
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'ENOSPC')) throw error;
  } finally {
    await handle.close();
  }
}

describe.skipIf(!mounted.ok)(`a full disk (tmpfs)${mounted.ok ? '' : `: SKIPPED, ${mounted.reason}`}`, () => {
  const dir = mounted.ok ? mounted.fs.dir : '';

  it('keeps the last good draft, reports disk-full, and saves once space returns', async () => {
    const dataDir = path.join(dir, 'full');
    const store = await DraftStore.open(dataDir);
    const report = sampleReport();
    const featureId = firstFeatureId(report);
    await store.put(report);
    await store.updateSection(
      report.id,
      featureId,
      withNarrative(report, featureId, 'Saved before the disk filled', '2026-11-23T10:00:00.000Z'),
      '2026-11-23T10:00:00.000Z',
    );
    const filler = path.join(dir, 'filler.bin');
    await fillDisk(filler);

    const big = 'Community learning centres opened in every ward. '.repeat(400);
    const attempt = () =>
      store.updateSection(
        report.id,
        featureId,
        withNarrative(report, featureId, big, '2026-11-23T10:01:00.000Z'),
        '2026-11-23T10:01:00.000Z',
      );
    await expect(attempt()).rejects.toMatchObject({ code: 'disk-full' });
    await expect(attempt()).rejects.toThrow(/disk is full/);
    await expect(store.put({ ...report, title: 'Replaced while full' })).rejects.toMatchObject({ code: 'disk-full' });
    expect((await store.get(report.id)).sections[featureId]?.narrative).toBe('Saved before the disk filled');
    const reopenedWhileFull = await DraftStore.open(dataDir);
    expect((await reopenedWhileFull.get(report.id)).sections[featureId]?.narrative).toBe(
      'Saved before the disk filled',
    );
    expect(reopenedWhileFull.recoveryNotices).toEqual([]);

    // The failed writes left no temp file behind to eat the space that comes back.
    expect((await readdir(path.join(dataDir, 'drafts', report.id))).filter((name) => name.includes('.tmp-'))).toEqual(
      [],
    );

    await rm(filler);
    await attempt();
    const reopened = await DraftStore.open(dataDir);
    expect((await reopened.get(report.id)).sections[featureId]?.narrative).toBe(big);
    expect(reopened.recoveryNotices).toEqual([]);
  });

  it('refuses saves on a read-only disk with permission-denied and keeps the draft readable', async () => {
    if (!mounted.ok) return;
    const dataDir = path.join(dir, 'readonly');
    const store = await DraftStore.open(dataDir);
    const report = sampleReport();
    const featureId = firstFeatureId(report);
    await store.put(report);
    mounted.fs.remount('ro');
    try {
      const attempt = () =>
        store.updateSection(
          report.id,
          featureId,
          withNarrative(report, featureId, 'x', report.updatedAt),
          report.updatedAt,
        );
      await expect(attempt()).rejects.toMatchObject({ code: 'permission-denied' });
      await expect(attempt()).rejects.toThrow(/read-only/);
      const reopened = await DraftStore.open(dataDir);
      expect((await reopened.get(report.id)).title).toBe(report.title);
    } finally {
      mounted.fs.remount('rw');
    }
  });
});
