import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sectionDocId } from '@/shared/sync/report-documents';
import { createDevice, editSection, newReport, type Device } from './support/sync-device';
import { DATABASE, startSyncWorld, type SyncWorld } from './support/world';

let world: SyncWorld;
let wanjiru: Device;
beforeEach(async () => {
  world = await startSyncWorld();
  // Keeps its sync record in files, as the app does.
  wanjiru = await createDevice(world.url, 'amina', 'amina-pass', { durableRecord: true });
});
afterEach(async () => {
  await wanjiru.dispose();
  await world.close();
});

describe('syncing without a merge base', () => {
  it('compares the two values on the first sync of a report imported from the same .ripoti: only differing fields are conflicts, and they can be resolved', async () => {
    const imported = newReport();
    await world.amina.repository.put(imported);
    await world.amina.syncOrThrow(imported.id);
    await editSection(world.amina, imported.id, '1.1.1', { narrative: 'Amina: six centres.' });
    await editSection(world.amina, imported.id, '1.1.2', { challenges: 'Amina: flooding.' });
    await world.amina.syncOrThrow(imported.id);
    // Wanjiru imported the same file and wrote in another section; she never synced.
    await wanjiru.repository.put(imported);
    await editSection(wanjiru, imported.id, '2.1.1', { narrative: 'Wanjiru: literacy classes.' });

    expect(await wanjiru.syncOrThrow(imported.id)).toMatchObject({ kind: 'conflicts', count: 3 });
    const conflicts = await wanjiru.sync.conflicts(imported.id);
    expect(conflicts.map(({ path: at, base, mine, theirs }) => ({ at: at.join('/'), base, mine, theirs }))).toEqual([
      { at: 'sections/1.1.1/narrative', base: null, mine: '', theirs: 'Amina: six centres.' },
      { at: 'sections/1.1.2/challenges', base: null, mine: '', theirs: 'Amina: flooding.' },
      { at: 'sections/2.1.1/narrative', base: null, mine: 'Wanjiru: literacy classes.', theirs: '' },
    ]);
    expect(await wanjiru.sync.status(imported.id)).toMatchObject({ conflicts: 3, recordRebuilt: null });
    await wanjiru.sync.resolve(imported.id, conflicts[0]?.key ?? '', { keep: 'theirs' });
    await wanjiru.sync.resolve(imported.id, conflicts[1]?.key ?? '', { keep: 'theirs' });
    await wanjiru.sync.resolve(imported.id, conflicts[2]?.key ?? '', { keep: 'mine' });
    expect(await wanjiru.syncOrThrow(imported.id)).toMatchObject({ kind: 'synced' });
    expect(await wanjiru.syncOrThrow(imported.id)).toMatchObject({ kind: 'synced', sentDocs: 0, receivedDocs: 0 });
    await world.amina.syncOrThrow(imported.id);
    for (const device of [world.amina, wanjiru]) {
      expect((await device.repository.get(imported.id)).sections).toMatchObject({
        '1.1.1': { narrative: 'Amina: six centres.' },
        '1.1.2': { challenges: 'Amina: flooding.' },
        '2.1.1': { narrative: 'Wanjiru: literacy classes.' },
      });
    }
  });

  it('says the sync record was damaged, keeps it aside, and rebuilds from the server and the draft without losing the officer’s text', async () => {
    const report = newReport();
    await wanjiru.repository.put(report);
    await wanjiru.syncOrThrow(report.id);
    await editSection(wanjiru, report.id, '1.1.1', { narrative: 'Typed after the last sync.' });
    const records = path.join(wanjiru.folder, 'sync');
    await writeFile(path.join(records, `${report.id}.json`), '{"reportId": "half-written');

    const status = await wanjiru.sync.status(report.id);
    expect(status.recordRebuilt).toEqual({
      at: expect.any(String) as unknown,
      keptAs: expect.stringContaining('damaged') as unknown,
    });
    expect(await readdir(path.join(records, 'damaged'))).toHaveLength(1);
    // Without the base the unsent edit cannot be told from an old server value: it is shown, not guessed.
    expect(await wanjiru.syncOrThrow(report.id)).toMatchObject({ kind: 'conflicts', count: 1 });
    const [conflict] = await wanjiru.sync.conflicts(report.id);
    expect(conflict).toMatchObject({
      path: ['sections', '1.1.1', 'narrative'],
      mine: 'Typed after the last sync.',
      theirs: '',
    });
    await wanjiru.sync.resolve(report.id, conflict?.key ?? '', { keep: 'mine' });
    await wanjiru.syncOrThrow(report.id);
    expect(await world.server.getDoc(DATABASE, sectionDocId(report.id, '1.1.1'))).toMatchObject({
      section: { narrative: 'Typed after the last sync.' },
    });
    expect((await wanjiru.sync.status(report.id)).recordRebuilt).toBeNull();
  });
});
