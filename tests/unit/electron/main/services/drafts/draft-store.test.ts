import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '@/electron/main/services/drafts/draft-store';
import { firstFeatureId, sampleReport, tempDataDir, withNarrative } from './sample-report';

describe('DraftStore', () => {
  it('keeps a created report and its section edits across a restart', async () => {
    const dataDir = await tempDataDir();
    const store = await DraftStore.open(dataDir);
    const report = sampleReport();
    const featureId = firstFeatureId(report);
    await store.put(report);
    await store.updateSection(
      report.id,
      featureId,
      withNarrative(report, featureId, 'Adult literacy classes in 12 wards', '2026-11-23T09:01:00.000Z'),
      '2026-11-23T09:01:00.000Z',
    );
    await store.updateProfile(report.id, { ...report.profile, city: 'Kisumu City' }, '2026-11-23T09:02:00.000Z');
    await store.updateMeta(report.id, { title: 'Kisumu 2026' }, '2026-11-23T09:03:00.000Z');

    const reopened = await DraftStore.open(dataDir);
    const loaded = await reopened.get(report.id);
    expect(loaded.sections[featureId]?.narrative).toBe('Adult literacy classes in 12 wards');
    expect(loaded.profile.city).toBe('Kisumu City');
    expect(loaded.title).toBe('Kisumu 2026');
    expect(loaded.updatedAt).toBe('2026-11-23T09:03:00.000Z');
    expect(reopened.recoveryNotices).toEqual([]);
    expect((await reopened.list()).map((summary) => summary.id)).toEqual([report.id]);
  });

  it('writes a section edit as a journal record the size of the section, not the report', async () => {
    const dataDir = await tempDataDir();
    const store = await DraftStore.open(dataDir);
    const report = sampleReport();
    const featureId = firstFeatureId(report);
    await store.put(report);
    const folder = path.join(dataDir, 'drafts', report.id);
    const baseBefore = (await stat(path.join(folder, 'report.json'))).size;
    await store.updateSection(
      report.id,
      featureId,
      withNarrative(report, featureId, 'x'.repeat(100), '2026-11-23T09:01:00.000Z'),
      '2026-11-23T09:01:00.000Z',
    );
    const journal = (await stat(path.join(folder, 'journal.log'))).size;
    expect((await stat(path.join(folder, 'report.json'))).size).toBe(baseBefore);
    expect(journal).toBeGreaterThan(100);
    expect(journal).toBeLessThan(baseBefore / 5);
  });

  it('compacts a long journal into a new base and keeps earlier bases as versions', async () => {
    const dataDir = await tempDataDir();
    const store = await DraftStore.open(dataDir);
    const report = sampleReport();
    const featureId = firstFeatureId(report);
    await store.put(report);
    const big = 'Learning festival in every sub-county. '.repeat(1500);
    for (let i = 0; i < 12; i += 1) {
      const at = `2026-11-23T09:${String(10 + i).padStart(2, '0')}:00.000Z`;
      await store.updateSection(report.id, featureId, withNarrative(report, featureId, `${big}${i}`, at), at);
    }
    const folder = path.join(dataDir, 'drafts', report.id);
    const files = await readdir(folder);
    expect(files).toContain('report.1.json');
    const base = JSON.parse(await readFile(path.join(folder, 'report.json'), 'utf8')) as { appliedSeq: number };
    expect(base.appliedSeq).toBeGreaterThan(1);
    const reopened = await DraftStore.open(dataDir);
    expect((await reopened.get(report.id)).sections[featureId]?.narrative).toBe(`${big}11`);
  });

  it('rejects an edit to a missing report or Key Feature with not-found and saves nothing', async () => {
    const dataDir = await tempDataDir();
    const store = await DraftStore.open(dataDir);
    const report = sampleReport();
    await store.put(report);
    const featureId = firstFeatureId(report);
    await expect(
      store.updateSection(report.id, '99.9', withNarrative(report, featureId, 'x', report.updatedAt), report.updatedAt),
    ).rejects.toMatchObject({ code: 'not-found' });
    await expect(
      store.updateProfile('00000000-0000-4000-8000-000000000000', report.profile, report.updatedAt),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect((await stat(path.join(dataDir, 'drafts', report.id, 'journal.log'))).size).toBe(0);
  });

  it('moves a deleted report to trash instead of erasing it', async () => {
    const dataDir = await tempDataDir();
    const store = await DraftStore.open(dataDir);
    const report = sampleReport();
    await store.put(report);
    await store.delete(report.id);
    expect(await store.list()).toEqual([]);
    const trashed = await readdir(path.join(dataDir, 'trash'));
    expect(trashed).toHaveLength(1);
    expect(trashed[0]?.startsWith(report.id)).toBe(true);
  });
});
