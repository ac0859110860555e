import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manifestId, sectionDocId } from '@/shared/sync/report-documents';
import { newReport } from './support/sync-device';
import { DATABASE, startSyncWorld, type SyncWorld } from './support/world';

let world: SyncWorld;
beforeEach(async () => (world = await startSyncWorld()));
afterEach(async () => world.close());

/** Officer edits one field of a section, the way the section form saves. */
async function edit(
  device: SyncWorld['amina'],
  reportId: string,
  featureId: string,
  field: 'narrative' | 'challenges',
  text: string,
) {
  const report = await device.repository.get(reportId);
  const section = report.sections[featureId];
  if (!section) throw new Error(`no section ${featureId}`);
  await device.repository.updateSection(reportId, featureId, { ...section, [field]: text }, '2026-11-23T11:00:00.000Z');
}

describe('two officers syncing one report through the county server', () => {
  it('sends a report as a manifest plus one document per section, and a colleague receives it whole', async () => {
    const report = newReport();
    await world.amina.repository.put(report);
    const outcome = await world.amina.syncOrThrow(report.id);
    expect(outcome).toMatchObject({ kind: 'synced', sentDocs: Object.keys(report.sections).length + 1 });
    expect(await world.server.getDoc(DATABASE, manifestId(report.id))).toMatchObject({
      type: 'ripoti-report',
      title: report.title,
    });
    expect(await world.server.getDoc(DATABASE, sectionDocId(report.id, '1.1.1'))).toMatchObject({
      featureId: '1.1.1',
      section: { status: 'not-started' },
    });
    await world.baraka.syncOrThrow(report.id);
    expect(await world.baraka.repository.get(report.id)).toEqual(report);
  });

  it('keeps both edits when the two devices changed different fields', async () => {
    const report = newReport();
    await world.amina.repository.put(report);
    await world.amina.syncOrThrow(report.id);
    await world.baraka.syncOrThrow(report.id);
    await edit(world.amina, report.id, '1.1.1', 'narrative', 'Kilifi opened six community learning centres.');
    await edit(world.baraka, report.id, '1.1.1', 'challenges', 'Flooding closed two centres in April.');
    expect(await world.amina.syncOrThrow(report.id)).toMatchObject({ kind: 'synced', sentDocs: 1 });
    expect(await world.baraka.syncOrThrow(report.id)).toMatchObject({ kind: 'synced', receivedDocs: 1 });
    await world.amina.syncOrThrow(report.id);
    for (const device of [world.amina, world.baraka]) {
      const section = (await device.repository.get(report.id)).sections['1.1.1'];
      expect(section).toMatchObject({
        narrative: 'Kilifi opened six community learning centres.',
        challenges: 'Flooding closed two centres in April.',
      });
    }
    const onServer = await world.server.getDoc(DATABASE, sectionDocId(report.id, '1.1.1'));
    expect(onServer).toMatchObject({
      section: {
        narrative: 'Kilifi opened six community learning centres.',
        challenges: 'Flooding closed two centres in April.',
      },
    });
  });

  it('turns the same field edited on both devices into a conflict, overwrites nothing, and sends the resolution', async () => {
    const report = newReport();
    await world.amina.repository.put(report);
    await world.amina.syncOrThrow(report.id);
    await world.baraka.syncOrThrow(report.id);
    await edit(world.amina, report.id, '1.1.1', 'narrative', 'Six centres opened.');
    await edit(world.baraka, report.id, '1.1.1', 'narrative', 'Seven centres opened.');
    await world.amina.syncOrThrow(report.id);
    expect(await world.baraka.syncOrThrow(report.id)).toMatchObject({ kind: 'conflicts', count: 1 });
    // Nothing overwritten: Baraka keeps his text, the server keeps Amina's, the conflict is shown.
    expect((await world.baraka.repository.get(report.id)).sections['1.1.1']?.narrative).toBe('Seven centres opened.');
    expect(await world.server.getDoc(DATABASE, sectionDocId(report.id, '1.1.1'))).toMatchObject({
      section: { narrative: 'Six centres opened.' },
    });
    const [conflict] = await world.baraka.sync.conflicts(report.id);
    expect(conflict).toMatchObject({
      path: ['sections', '1.1.1', 'narrative'],
      mine: 'Seven centres opened.',
      theirs: 'Six centres opened.',
      base: '',
    });
    expect(await world.baraka.sync.hasUnresolvedConflicts(report.id)).toBe(true);
    // A sync while the conflict is open sends nothing.
    expect(await world.baraka.syncOrThrow(report.id)).toMatchObject({ kind: 'conflicts' });
    await world.baraka.sync.resolve(report.id, conflict?.key ?? '', {
      keep: 'edited',
      value: 'Six centres opened, a seventh in 2026.',
    });
    expect(await world.baraka.sync.hasUnresolvedConflicts(report.id)).toBe(false);
    await world.baraka.syncOrThrow(report.id);
    await world.amina.syncOrThrow(report.id);
    expect((await world.amina.repository.get(report.id)).sections['1.1.1']?.narrative).toBe(
      'Six centres opened, a seventh in 2026.',
    );
  });

  it('says "changes waiting" honestly and zero after a sync', async () => {
    const report = newReport();
    await world.amina.repository.put(report);
    const sections = Object.keys(report.sections).length;
    expect((await world.amina.sync.status(report.id)).changesWaiting).toBe(sections + 1);
    await world.amina.syncOrThrow(report.id);
    await edit(world.amina, report.id, '2.1.1', 'narrative', 'x');
    await edit(world.amina, report.id, '2.2.1', 'narrative', 'y');
    expect(await world.amina.sync.status(report.id)).toMatchObject({
      changesWaiting: 2,
      conflicts: 0,
      lastError: null,
    });
    await world.amina.syncOrThrow(report.id);
    expect(await world.amina.sync.status(report.id)).toMatchObject({
      changesWaiting: 0,
      lastSyncedAt: expect.any(String) as unknown,
    });
  });

  it('when a colleague wrote the same section a moment before our write, reads it, merges per field and sends again', async () => {
    const report = newReport();
    await world.amina.repository.put(report);
    await world.amina.syncOrThrow(report.id);
    await world.baraka.syncOrThrow(report.id);
    await edit(world.amina, report.id, '1.1.1', 'narrative', 'Amina: six centres.');
    await edit(world.baraka, report.id, '1.1.1', 'challenges', 'Baraka: flooding in April.');
    const isWrite = (request: { method: string; url: string }) =>
      request.method === 'POST' && request.url.endsWith('/_bulk_docs');
    let barakaDone: Promise<unknown> | undefined;
    const before = world.proxy.log.length;
    // Amina's write is held while Baraka syncs the same section: hers then meets a conflict.
    world.proxy.plan = (request) => {
      if (!isWrite(request) || barakaDone) return { kind: 'pass' };
      barakaDone = world.baraka.syncOrThrow(report.id);
      return { kind: 'hold', until: barakaDone };
    };
    await world.amina.syncOrThrow(report.id);
    await barakaDone;
    // Amina's held write, Baraka's write, Amina's write after merging.
    expect(world.proxy.log.slice(before).filter(isWrite)).toHaveLength(3);
    await world.baraka.syncOrThrow(report.id);
    for (const device of [world.amina, world.baraka]) {
      expect((await device.repository.get(report.id)).sections['1.1.1']).toMatchObject({
        narrative: 'Amina: six centres.',
        challenges: 'Baraka: flooding in April.',
      });
    }
    expect(await world.server.getDoc(DATABASE, sectionDocId(report.id, '1.1.1'))).toMatchObject({
      _rev: expect.stringMatching(/^3-/) as unknown,
    });
  });
});
