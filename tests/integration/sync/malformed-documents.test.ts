import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attachmentDocId, manifestId, sectionDocId } from '@/shared/sync/report-documents';
import { addPhoto, editSection, newReport } from './support/sync-device';
import { stockWriter, type StockWriter } from './support/stock-writer';
import { DATABASE, startSyncWorld, type SyncWorld } from './support/world';

let world: SyncWorld;
let stock: StockWriter;
beforeEach(async () => {
  world = await startSyncWorld();
  stock = stockWriter(world.server, DATABASE, { username: 'baraka', password: 'baraka-pass' });
});
afterEach(async () => world.close());

/**
 * Another program wrote documents the validation function now refuses (a database whose rules
 * were missing or older): each is skipped and named, the rest of the report still syncs, and
 * nothing typed on this computer is written over them.
 */
describe('malformed copies on the server', () => {
  it('skips a section without updatedAt and a bad SDG target, syncs the rest, and names what it skipped', async () => {
    const report = newReport();
    await world.amina.repository.put(report);
    await world.amina.syncOrThrow(report.id);
    await world.baraka.syncOrThrow(report.id);
    await stock.pull();
    await stock.edit(sectionDocId(report.id, '1.1.2'), (doc) => {
      const section = doc['section'] as Record<string, unknown>;
      section['narrative'] = 'Written by a script that forgot updatedAt.';
      delete section['updatedAt'];
    });
    await stock.edit(
      sectionDocId(report.id, '1.2.1'),
      (doc) => ((doc['section'] as Record<string, unknown>)['sdgTargets'] = ['18']),
    );
    await stock.push();
    await editSection(world.baraka, report.id, '2.1.1', { narrative: 'Baraka: literacy classes.' });
    await world.baraka.syncOrThrow(report.id);
    await editSection(world.amina, report.id, '1.1.2', { narrative: 'Amina: typed here, must not be lost.' });

    expect(await world.amina.syncOrThrow(report.id)).toMatchObject({ kind: 'synced', skipped: 2 });
    const local = await world.amina.repository.get(report.id);
    expect(local.sections['2.1.1']?.narrative).toBe('Baraka: literacy classes.');
    expect(local.sections['1.1.2']?.narrative).toBe('Amina: typed here, must not be lost.');
    const status = await world.amina.sync.status(report.id);
    expect(status.serverProblems).toEqual([
      {
        place: { kind: 'section', featureId: '1.1.2' },
        reason: expect.stringContaining('updatedAt') as unknown,
        blocking: true,
      },
      {
        place: { kind: 'section', featureId: '1.2.1' },
        reason: expect.stringContaining('sdgTargets') as unknown,
        blocking: true,
      },
    ]);
    // Amina's edit of 1.1.2 waits; the other program's copy is not overwritten.
    expect(status.changesWaiting).toBe(0);
    expect(await world.server.getDoc(DATABASE, sectionDocId(report.id, '1.1.2'))).toMatchObject({
      section: { narrative: 'Written by a script that forgot updatedAt.' },
    });

    // The administrator repairs the copy: the next sync merges it and sends Amina's text.
    await stock.edit(
      sectionDocId(report.id, '1.1.2'),
      (doc) => ((doc['section'] as Record<string, unknown>)['updatedAt'] = '2026-11-24T08:00:00.000Z'),
    );
    await stock.push();
    expect(await world.amina.syncOrThrow(report.id)).toMatchObject({ kind: 'conflicts', count: 1 });
    const [conflict] = await world.amina.sync.conflicts(report.id);
    expect(conflict).toMatchObject({
      path: ['sections', '1.1.2', 'narrative'],
      mine: 'Amina: typed here, must not be lost.',
      theirs: 'Written by a script that forgot updatedAt.',
    });
    await world.amina.sync.resolve(report.id, conflict?.key ?? '', { keep: 'mine' });
    await world.amina.syncOrThrow(report.id);
    expect(await world.server.getDoc(DATABASE, sectionDocId(report.id, '1.1.2'))).toMatchObject({
      section: { narrative: 'Amina: typed here, must not be lost.' },
    });
    expect((await world.amina.sync.status(report.id)).serverProblems).toEqual([
      { place: { kind: 'section', featureId: '1.2.1' }, reason: expect.any(String) as unknown, blocking: true },
    ]);
  });

  it('receives a colleague’s report although its header was rewritten without createdAt on another branch', async () => {
    const report = newReport();
    await world.amina.repository.put(report);
    await world.amina.syncOrThrow(report.id);
    await stock.pull();
    await editSection(world.amina, report.id, '1.1.1', { narrative: 'Header untouched here.' });
    await world.amina.repository.updateMeta(
      report.id,
      { title: 'Kilifi progress report 2026' },
      '2026-11-23T11:30:00.000Z',
    );
    await world.amina.syncOrThrow(report.id);
    await stock.edit(manifestId(report.id), (doc) => {
      doc['profile'] = {};
      delete doc['createdAt'];
    });
    await stock.push();
    // A computer that never had the report fetches it whole from the valid branch, and is told about the other.
    expect(await world.baraka.syncOrThrow(report.id)).toMatchObject({ kind: 'synced', skipped: 1 });
    expect(await world.baraka.repository.get(report.id)).toMatchObject({
      title: 'Kilifi progress report 2026',
      sections: { '1.1.1': { narrative: 'Header untouched here.' } },
    });
    expect((await world.baraka.sync.status(report.id)).serverProblems).toEqual([
      { place: { kind: 'header' }, reason: expect.stringContaining('profile') as unknown, blocking: false },
    ]);
  });

  it('reports a photo whose document on the server is empty and syncs everything else', async () => {
    let report = newReport();
    await world.amina.repository.put(report);
    report = await addPhoto(world.amina, report, 20_000);
    const digest = Object.keys(report.attachments)[0] ?? '';
    await world.amina.syncOrThrow(report.id);
    // Replaced by an empty document (a database without the rules): the photo's bytes are gone from the server.
    const served = world.server.database(DATABASE);
    const current = await served.get(attachmentDocId(digest));
    await served.put({ _id: attachmentDocId(digest), _rev: current['_rev'] });
    expect(await world.baraka.syncOrThrow(report.id)).toMatchObject({ kind: 'synced' });
    expect(await world.baraka.blobs.has(digest)).toBe(false);
    expect((await world.baraka.sync.status(report.id)).serverProblems).toEqual([
      {
        place: { kind: 'photo', digest },
        reason: expect.stringContaining('not on the server') as unknown,
        blocking: false,
      },
    ]);
    expect((await world.baraka.repository.get(report.id)).attachments[digest]).toBeDefined();
  });
});
