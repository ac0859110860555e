import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '@/electron/main/services/drafts/draft-store';
import { SafeSettingsStore } from '@/electron/main/services/drafts/safe-settings-store';
import { SettingsService } from '@/electron/main/services/settings-service';
import { firstFeatureId, sampleReport, withNarrative } from '../../unit/electron/main/services/drafts/sample-report';

async function storeWithOneDraft() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ripoti-damaged-'));
  const store = await DraftStore.open(dataDir);
  const report = sampleReport();
  await store.put(report);
  return { dataDir, report, folder: path.join(dataDir, 'drafts', report.id) };
}

/** After recovery the app must still work: a new report can be created and read back. */
async function expectUsable(store: DraftStore): Promise<void> {
  const fresh = sampleReport('Created after recovery');
  await store.put(fresh);
  expect((await store.get(fresh.id)).title).toBe('Created after recovery');
}

async function quarantined(dataDir: string): Promise<string[]> {
  return readdir(path.join(dataDir, 'quarantine')).catch(() => []);
}

describe('start-up recovery of damaged drafts', () => {
  it('creates a missing data folder and works', async () => {
    const dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'ripoti-missing-')), 'not', 'yet');
    const store = await DraftStore.open(dataDir);
    expect(store.recoveryNotices).toEqual([]);
    await expectUsable(store);
  });

  it.each([
    ['a zero-byte file', ''],
    ['truncated JSON', '{"appliedSeq":1,"report":{"id":"'],
    ['valid JSON with the wrong schema', JSON.stringify({ appliedSeq: 1, report: { hello: 'world' } })],
  ])('moves %s with no good version to quarantine, tells the officer, and deletes nothing', async (_name, content) => {
    const { dataDir, report, folder } = await storeWithOneDraft();
    await writeFile(path.join(folder, 'report.json'), content);
    const store = await DraftStore.open(dataDir);
    expect(store.recoveryNotices).toMatchObject([{ kind: 'quarantined', reportId: report.id }]);
    expect(store.recoveryNotices[0]?.message).toMatch(/nothing was deleted/);
    expect(await store.list()).toEqual([]);
    const [moved] = await quarantined(dataDir);
    expect(moved).toBeDefined();
    expect(await readFile(path.join(dataDir, 'quarantine', moved ?? '', 'report.json'), 'utf8')).toBe(content);
    await expectUsable(store);
  });

  it('opens the newest good earlier version when the latest is damaged, keeping the damaged file', async () => {
    const { dataDir, report, folder } = await storeWithOneDraft();
    const store = await DraftStore.open(dataDir);
    await store.put({ ...report, title: 'Second version', updatedAt: '2026-11-23T10:00:00.000Z' });
    await writeFile(path.join(folder, 'report.json'), '{"appliedSeq":2,"rep');
    const reopened = await DraftStore.open(dataDir);
    expect(reopened.recoveryNotices).toEqual([
      expect.objectContaining({
        kind: 'restored-older',
        reportId: report.id,
        title: report.title,
        restoredFrom: report.updatedAt,
      }),
    ]);
    expect((await reopened.get(report.id)).title).toBe(report.title);
    const moved = (await quarantined(dataDir)).sort();
    expect(moved).toEqual([expect.stringMatching(/-journal\.log$/), expect.stringMatching(/-report\.json$/)]);
    expect(await readFile(path.join(dataDir, 'quarantine', moved[1] ?? ''), 'utf8')).toBe('{"appliedSeq":2,"rep');
    // The recovered version is now the base again: a second start is quiet.
    expect((await DraftStore.open(dataDir)).recoveryNotices).toEqual([]);
  });

  it('leaves a draft from a newer app untouched and says to update', async () => {
    const { dataDir, report, folder } = await storeWithOneDraft();
    const future = JSON.stringify({ appliedSeq: 1, report: { ...report, schemaVersion: 99 } });
    await writeFile(path.join(folder, 'report.json'), future);
    const store = await DraftStore.open(dataDir);
    expect(store.recoveryNotices).toMatchObject([{ kind: 'too-new', reportId: report.id }]);
    expect(store.recoveryNotices[0]?.message).toMatch(/newer version of Ripoti/);
    expect(await readFile(path.join(folder, 'report.json'), 'utf8')).toBe(future);
    expect(await quarantined(dataDir)).toEqual([]);
    await expectUsable(store);
  });

  it('moves a draft whose file is a directory aside without deleting it', async () => {
    const { dataDir, report, folder } = await storeWithOneDraft();
    await rm(path.join(folder, 'report.json'));
    await mkdir(path.join(folder, 'report.json'));
    const store = await DraftStore.open(dataDir);
    expect(store.recoveryNotices).toEqual([expect.objectContaining({ kind: 'quarantined', reportId: report.id })]);
    const [moved] = await quarantined(dataDir);
    expect((await stat(path.join(dataDir, 'quarantine', moved ?? '', 'report.json'))).isDirectory()).toBe(true);
    await expectUsable(store);
  });

  it('cleans stale temp files and cuts a torn journal line, keeping every whole record', async () => {
    const { dataDir, report, folder } = await storeWithOneDraft();
    const featureId = firstFeatureId(report);
    const store = await DraftStore.open(dataDir);
    await store.updateSection(
      report.id,
      featureId,
      withNarrative(report, featureId, 'kept', '2026-11-23T10:00:00.000Z'),
      '2026-11-23T10:00:00.000Z',
    );
    await writeFile(path.join(folder, 'report.json.tmp-abc123'), '{"half');
    await appendFile(path.join(folder, 'journal.log'), '0123456789abcdef {"seq":3,"change":{"kind":"se');
    const reopened = await DraftStore.open(dataDir);
    expect(reopened.recoveryNotices).toEqual([]);
    expect((await reopened.get(report.id)).sections[featureId]?.narrative).toBe('kept');
    expect(await readdir(folder)).not.toContain('report.json.tmp-abc123');
    await reopened.updateSection(
      report.id,
      featureId,
      withNarrative(report, featureId, 'after', '2026-11-23T10:01:00.000Z'),
      '2026-11-23T10:01:00.000Z',
    );
    expect((await (await DraftStore.open(dataDir)).get(report.id)).sections[featureId]?.narrative).toBe('after');
  });
});

describe('the settings file (real conf, clearInvalidConfig off)', () => {
  it('moves a damaged settings file to quarantine instead of crashing or wiping it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ripoti-settings-'));
    const file = path.join(dir, 'settings.json');
    await writeFile(file, '{"settings": {"historyIntervalMinutes": 5');
    const open = () =>
      new Conf({ projectName: 'ripoti-test', cwd: dir, configName: 'settings', clearInvalidConfig: false });
    expect(open).toThrow(SyntaxError); // conf's own behaviour: the constructor throws
    const safe = new SafeSettingsStore(open, file, path.join(dir, 'quarantine'));
    const settings = new SettingsService(safe);
    expect(settings.get().historyIntervalMinutes).toBe(10);
    expect(safe.quarantined).toHaveLength(1);
    expect(await readFile(safe.quarantined[0] ?? '', 'utf8')).toBe('{"settings": {"historyIntervalMinutes": 5');
    settings.update({ historyIntervalMinutes: 7 });
    expect(
      new SettingsService(new SafeSettingsStore(open, file, path.join(dir, 'quarantine'))).get().historyIntervalMinutes,
    ).toBe(7);
  });
});
