import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileSyncStateStore, emptySyncState } from '../../../../../../electron/main/services/sync/sync-state';

const reportId = '3f1c2b9e-8d4a-4c1e-9b2f-1a2b3c4d5e6f';
let folder = '';
afterEach(async () => rm(folder, { recursive: true, force: true }));

describe('the per-report sync record', () => {
  it('round-trips through its file and leaves no temp file behind', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'ripoti-syncstate-'));
    const store = new FileSyncStateStore(path.join(folder, 'sync'));
    expect(await store.load(reportId)).toEqual(emptySyncState(reportId));
    const state = { ...emptySyncState(reportId), revs: { [`report:${reportId}`]: '3-abc' }, since: '42', conflicts: [{ path: ['title'], base: 'a', mine: 'b', theirs: 'c' }] };
    await store.save(state);
    expect(await new FileSyncStateStore(path.join(folder, 'sync')).load(reportId)).toEqual(state);
    expect(await readdir(path.join(folder, 'sync'))).toEqual([`${reportId}.json`]);
  });

  it('starts afresh from a damaged record rather than failing the sync', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'ripoti-syncstate-'));
    const store = new FileSyncStateStore(folder);
    await writeFile(path.join(folder, `${reportId}.json`), '{"reportId": "x", "since": 4');
    expect(await store.load(reportId)).toEqual(emptySyncState(reportId));
    await writeFile(path.join(folder, `${reportId}.json`), JSON.stringify({ reportId, since: 4 }));
    expect(await store.load(reportId)).toEqual(emptySyncState(reportId));
  });
});
