import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledFramework } from '@/shared/framework/load';
import { createReport } from '@/shared/report/create';
import { manifestId, sectionDocId } from '@/shared/sync/report-documents';
import { FileSyncStateStore } from '@/electron/main/services/sync/file-sync-state-store';
import { emptySyncState, type SyncState } from '@/electron/main/services/sync/sync-state';

const reportId = '3f1c2b9e-8d4a-4c1e-9b2f-1a2b3c4d5e6f';
let folder = '';
afterEach(async () => rm(folder, { recursive: true, force: true }));

async function store(): Promise<FileSyncStateStore> {
  folder = await mkdtemp(path.join(tmpdir(), 'ripoti-syncstate-'));
  return new FileSyncStateStore(path.join(folder, 'sync'), () => '2026-11-24T08:00:00.000Z');
}

describe('the per-report sync record', () => {
  it('round-trips through its file and leaves no temp file behind', async () => {
    const records = await store();
    expect(await records.load(reportId)).toEqual(emptySyncState(reportId));
    const state: SyncState = {
      ...emptySyncState(reportId),
      docs: {
        [manifestId(reportId)]: {
          rev: '3-abc',
          ancestry: ['3-abc', '2-def'],
          content: { title: 'x' },
          merged: ['2-zzz'],
          attachments: { 'minutes.pdf': { content_type: 'application/pdf', length: 12, stub: true } },
          adopt: [],
        },
      },
      since: '42',
      conflicts: [{ path: ['title'], base: 'a', mine: 'b', theirs: 'c', mineFromThisComputer: true }],
    };
    await records.save(state);
    expect(await new FileSyncStateStore(path.join(folder, 'sync')).load(reportId)).toEqual(state);
    expect(await readdir(path.join(folder, 'sync'))).toEqual([`${reportId}.json`]);
  });

  it('keeps a conflict that has no merge base (first sync of an imported report), so it can be shown and resolved', async () => {
    const records = await store();
    const state: SyncState = {
      ...emptySyncState(reportId),
      conflicts: [
        {
          path: ['sections', '1.1.1', 'narrative'],
          base: undefined,
          mine: 'Six centres.',
          theirs: 'Seven centres.',
          mineFromThisComputer: true,
        },
      ],
    };
    await records.save(state);
    expect((await records.load(reportId)).conflicts).toEqual([
      {
        path: ['sections', '1.1.1', 'narrative'],
        mine: 'Six centres.',
        theirs: 'Seven centres.',
        mineFromThisComputer: true,
      },
    ]);
  });

  it('sets a damaged record aside and says so, rather than starting afresh silently', async () => {
    const records = await store();
    const file = path.join(folder, 'sync', `${reportId}.json`);
    await records.save(emptySyncState(reportId));
    await writeFile(file, '{"reportId": "x", "since": 4');
    const rebuilt = await records.load(reportId);
    expect(rebuilt).toEqual({
      ...emptySyncState(reportId),
      rebuilt: {
        at: '2026-11-24T08:00:00.000Z',
        keptAs: expect.stringContaining(path.join('sync', 'damaged')) as unknown,
      },
    });
    expect(await readFile(rebuilt.rebuilt?.keptAs ?? '', 'utf8')).toBe('{"reportId": "x", "since": 4');
    // The notice survives a restart until a sync succeeds.
    expect((await new FileSyncStateStore(path.join(folder, 'sync')).load(reportId)).rebuilt).toEqual(rebuilt.rebuilt);
    await writeFile(file, JSON.stringify({ version: 2, reportId, since: 4 }));
    expect((await records.load(reportId)).rebuilt).not.toBeNull();
    expect(await readdir(path.join(folder, 'sync', 'damaged'))).toHaveLength(2);
  });

  it('reads the record Ripoti 0.1 wrote, keeping its merge base and its conflicts', async () => {
    const records = await store();
    const base = createReport(bundledFramework(), {
      id: reportId,
      now: '2026-11-23T09:00:00.000Z',
      county: 'Kilifi',
      title: 'Kilifi report',
    });
    const first = {
      reportId,
      base,
      revs: { [manifestId(reportId)]: '2-aaa', [sectionDocId(reportId, '1.1.1')]: '4-bbb' },
      since: '17',
      sentAttachments: [],
      conflicts: [{ path: ['sections', '1.1.1', 'narrative'], mine: 'a', theirs: 'b' }],
      lastSyncedAt: '2026-11-23T10:00:00.000Z',
    };
    await records.save(emptySyncState(reportId));
    await writeFile(path.join(folder, 'sync', `${reportId}.json`), JSON.stringify(first));
    const migrated = await records.load(reportId);
    expect(migrated).toMatchObject({
      version: 2,
      since: '17',
      lastSyncedAt: '2026-11-23T10:00:00.000Z',
      rebuilt: null,
      conflicts: [{ path: ['sections', '1.1.1', 'narrative'], mine: 'a', theirs: 'b' }],
    });
    expect(migrated.docs[sectionDocId(reportId, '1.1.1')]).toMatchObject({
      rev: '4-bbb',
      ancestry: ['4-bbb'],
      content: { featureId: '1.1.1', section: { narrative: '' } },
    });
    expect(Object.keys(migrated.docs)).toHaveLength(2);
  });
});
