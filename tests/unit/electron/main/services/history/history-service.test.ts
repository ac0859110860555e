import { describe, expect, it } from 'vitest';
import { DraftStore } from '@/electron/main/services/drafts/draft-store';
import { HistoryService } from '@/electron/main/services/history/history-service';
import { firstFeatureId, sampleReport, tempDataDir, withNarrative } from '../drafts/sample-report';

/** A clock the test moves by hand, so "10 minutes of editing" takes no time. */
function manualClock(start: string) {
  let now = Date.parse(start);
  return { now: () => new Date(now).toISOString(), advanceMinutes: (minutes: number) => (now += minutes * 60_000) };
}

async function setup(intervalMinutes = 10) {
  const dataDir = await tempDataDir();
  const clock = manualClock('2026-11-23T09:00:00.000Z');
  const store = await DraftStore.open(dataDir, { now: clock.now });
  const history = new HistoryService(dataDir, store, { intervalMinutes: () => intervalMinutes, now: clock.now });
  const report = sampleReport();
  await store.put(report);
  return { dataDir, clock, store, history, report, featureId: firstFeatureId(report) };
}

describe('HistoryService', () => {
  it('takes a snapshot on request, skips an identical one, and lists what changed', async () => {
    const { store, history, report, featureId } = await setup();
    expect(await history.snapshot(report.id, 'export')).toMatchObject({ reason: 'export' });
    expect(await history.snapshot(report.id, 'sync')).toBeNull();
    await store.updateSection(
      report.id,
      featureId,
      withNarrative(report, featureId, 'new text', '2026-11-23T09:05:00.000Z'),
      '2026-11-23T09:05:00.000Z',
    );
    await store.updateProfile(report.id, { ...report.profile, city: 'Kisumu' }, '2026-11-23T09:06:00.000Z');
    expect(await history.snapshot(report.id, 'sync')).toMatchObject({
      reason: 'sync',
      changed: ['profile', featureId],
    });
    expect((await history.list(report.id)).map((entry) => entry.reason)).toEqual(['sync', 'export']);
  });

  it('snapshots every interval of editing, not on every save', async () => {
    const { clock, store, history, report, featureId } = await setup(10);
    const edit = async (text: string) => {
      const at = clock.now();
      await store.updateSection(report.id, featureId, withNarrative(report, featureId, text, at), at);
    };
    await edit('one');
    clock.advanceMinutes(4);
    await edit('two');
    expect(await history.list(report.id)).toEqual([]);
    clock.advanceMinutes(7);
    await edit('three');
    await expect.poll(async () => (await history.list(report.id)).map((entry) => entry.reason)).toEqual(['timed']);
  });

  it('restores a version and makes the restore itself undoable', async () => {
    const { store, history, report, featureId, clock } = await setup();
    await store.updateSection(
      report.id,
      featureId,
      withNarrative(report, featureId, 'first draft', clock.now()),
      clock.now(),
    );
    const first = await history.snapshot(report.id, 'manual');
    clock.advanceMinutes(1);
    await store.updateSection(
      report.id,
      featureId,
      withNarrative(report, featureId, 'second draft', clock.now()),
      clock.now(),
    );
    clock.advanceMinutes(1);
    const restored = await history.restore(report.id, first?.id ?? '');
    expect(restored.sections[featureId]?.narrative).toBe('first draft');
    expect((await store.get(report.id)).sections[featureId]?.narrative).toBe('first draft');
    const beforeRestore = (await history.list(report.id)).find((entry) => entry.reason === 'before-restore');
    expect(beforeRestore).toBeDefined();
    clock.advanceMinutes(1);
    await history.restore(report.id, beforeRestore?.id ?? '');
    expect((await store.get(report.id)).sections[featureId]?.narrative).toBe('second draft');
  });

  it('refuses an unknown version with not-found', async () => {
    const { history, report } = await setup();
    await expect(history.restore(report.id, '2026-01-01T00-00-00-000Z-manual')).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});
