import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sectionDocId } from '@/shared/sync/report-documents';
import { createDevice, editSection, newReport, type Device } from './support/sync-device';
import { DATABASE, startSyncWorld, type SyncWorld } from './support/world';

let world: SyncWorld;
let chiku: Device;
beforeEach(async () => {
  world = await startSyncWorld();
  await world.server.addUser('chiku', 'chiku-pass', [DATABASE]);
  chiku = await createDevice(world.url, 'chiku', 'chiku-pass');
});
afterEach(async () => {
  await chiku.dispose();
  await world.close();
});

describe('three officers on one report', () => {
  it('merges three different fields of one section, shows the one field two of them changed, and ends with the same report everywhere', async () => {
    const report = newReport();
    await world.amina.repository.put(report);
    await world.amina.syncOrThrow(report.id);
    await world.baraka.syncOrThrow(report.id);
    await chiku.syncOrThrow(report.id);
    await editSection(world.amina, report.id, '1.1.1', { narrative: 'Amina: six centres.' });
    await editSection(world.baraka, report.id, '1.1.1', { challenges: 'Baraka: flooding.' });
    await editSection(chiku, report.id, '1.1.1', { nextSteps: 'Chiku: two more centres.' });
    await editSection(world.amina, report.id, '2.1.1', { narrative: 'Amina: literacy.' });
    await editSection(chiku, report.id, '2.1.1', { narrative: 'Chiku: numeracy.' });

    expect(await chiku.syncOrThrow(report.id)).toMatchObject({ kind: 'synced' });
    expect(await world.baraka.syncOrThrow(report.id)).toMatchObject({ kind: 'synced', receivedDocs: 2 });
    expect(await world.amina.syncOrThrow(report.id)).toMatchObject({ kind: 'conflicts', count: 1 });
    const [conflict] = await world.amina.sync.conflicts(report.id);
    expect(conflict).toMatchObject({
      path: ['sections', '2.1.1', 'narrative'],
      mine: 'Amina: literacy.',
      theirs: 'Chiku: numeracy.',
    });
    await world.amina.sync.resolve(report.id, conflict?.key ?? '', { keep: 'edited', value: 'Literacy and numeracy.' });
    await world.amina.syncOrThrow(report.id);
    for (const device of [chiku, world.baraka]) await device.syncOrThrow(report.id);

    const expected = {
      '1.1.1': {
        narrative: 'Amina: six centres.',
        challenges: 'Baraka: flooding.',
        nextSteps: 'Chiku: two more centres.',
      },
      '2.1.1': { narrative: 'Literacy and numeracy.' },
    };
    for (const device of [world.amina, world.baraka, chiku])
      expect((await device.repository.get(report.id)).sections).toMatchObject(expected);
    expect(await world.server.getDoc(DATABASE, sectionDocId(report.id, '1.1.1'))).toMatchObject({
      section: expected['1.1.1'],
    });
    const [aminas, barakas, chikus] = await Promise.all(
      [world.amina, world.baraka, chiku].map((device) => device.repository.get(report.id)),
    );
    expect(barakas?.sections).toEqual(aminas?.sections);
    expect(chikus?.sections).toEqual(aminas?.sections);
  });
});
