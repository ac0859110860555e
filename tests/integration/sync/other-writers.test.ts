import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sectionDocId } from '@/shared/sync/report-documents';
import { ADMIN } from './support/couch-server';
import { editSection, newReport } from './support/sync-device';
import { stockWriter, type StockWriter } from './support/stock-writer';
import { DATABASE, startSyncWorld, type SyncWorld } from './support/world';

let world: SyncWorld;
let stock: StockWriter;
beforeEach(async () => {
  world = await startSyncWorld();
  stock = stockWriter(world.server, DATABASE, { username: 'baraka', password: 'baraka-pass' });
});
afterEach(async () => world.close());

const SIX = ['1.1.1', '1.1.2', '1.2.1', '2.1.1', '2.2.1', '3.1.1'];
const admin = { authorization: `Basic ${Buffer.from(`${ADMIN.username}:${ADMIN.password}`).toString('base64')}` };

/** Every leaf of a document on the server, as CouchDB lists them. */
async function leaves(id: string): Promise<
  {
    _rev: string;
    _deleted?: boolean;
    section?: Record<string, unknown>;
    _attachments?: Record<string, { digest?: string; length?: number }>;
  }[]
> {
  const response = await fetch(`${world.server.origin}/${DATABASE}/${encodeURIComponent(id)}?open_revs=all`, {
    headers: { ...admin, accept: 'application/json' },
  });
  const rows = (await response.json()) as { ok?: { _rev: string; _deleted?: boolean } }[];
  return rows.flatMap((row) => (row.ok ? [row.ok] : []));
}

async function withConflicts(id: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${world.server.origin}/${DATABASE}/${encodeURIComponent(id)}?conflicts=true`, {
    headers: admin,
  });
  return (await response.json()) as Record<string, unknown>;
}

describe('another program writing to the county database (a stock PouchDB replicating into it)', () => {
  it('keeps the officer’s narrative and the other program’s next steps in six sections edited from the same revision, and clears the conflicts', async () => {
    const report = newReport();
    await world.amina.repository.put(report);
    await world.amina.syncOrThrow(report.id);
    await stock.pull();
    for (const featureId of SIX) {
      await editSection(world.amina, report.id, featureId, { narrative: `Amina's narrative for ${featureId}.` });
      await stock.edit(
        sectionDocId(report.id, featureId),
        (doc) =>
          ((doc['section'] as Record<string, unknown>)['nextSteps'] =
            `Next steps for ${featureId} from the national script.`),
      );
    }
    await world.amina.syncOrThrow(report.id);
    await stock.push();
    // Six documents now have two leaves each; CouchDB picks a winner by revision hash, some each way.
    for (const featureId of SIX) expect(await leaves(sectionDocId(report.id, featureId))).toHaveLength(2);

    expect(await world.amina.syncOrThrow(report.id)).toMatchObject({ kind: 'synced', receivedDocs: 6 });
    expect(await world.amina.sync.conflicts(report.id)).toEqual([]);
    const local = await world.amina.repository.get(report.id);
    for (const featureId of SIX) {
      expect(local.sections[featureId]).toMatchObject({
        narrative: `Amina's narrative for ${featureId}.`,
        nextSteps: `Next steps for ${featureId} from the national script.`,
      });
      const onServer = await withConflicts(sectionDocId(report.id, featureId));
      expect(onServer).toMatchObject({
        section: {
          narrative: `Amina's narrative for ${featureId}.`,
          nextSteps: `Next steps for ${featureId} from the national script.`,
        },
      });
      expect(onServer['_conflicts']).toBeUndefined();
      // The merged winner on one branch and the other branch deleted: one live leaf.
      expect((await leaves(sectionDocId(report.id, featureId))).filter((leaf) => !leaf._deleted)).toHaveLength(1);
    }
    // The other program reads the merged report back, and a colleague's Ripoti receives it whole.
    await stock.pull();
    expect(await stock.db.get(sectionDocId(report.id, '1.1.2'))).toMatchObject({
      section: {
        narrative: "Amina's narrative for 1.1.2.",
        nextSteps: 'Next steps for 1.1.2 from the national script.',
      },
    });
    await world.baraka.syncOrThrow(report.id);
    expect((await world.baraka.repository.get(report.id)).sections).toEqual(local.sections);
  });

  it('shows the same field changed by the other program and on this computer as one conflict, and writes the officer’s choice over both branches', async () => {
    const report = newReport();
    await world.amina.repository.put(report);
    await world.amina.syncOrThrow(report.id);
    await stock.pull();
    await editSection(world.amina, report.id, '1.1.1', { narrative: 'Six centres opened.', challenges: 'Flooding.' });
    await stock.edit(sectionDocId(report.id, '1.1.1'), (doc) =>
      Object.assign(doc['section'] as object, { narrative: 'Seven centres opened.', goodPractice: 'Radio lessons.' }),
    );
    await world.amina.syncOrThrow(report.id);
    await stock.push();
    expect(await world.amina.syncOrThrow(report.id)).toMatchObject({ kind: 'conflicts', count: 1 });
    const [conflict] = await world.amina.sync.conflicts(report.id);
    expect(conflict).toMatchObject({
      path: ['sections', '1.1.1', 'narrative'],
      base: '',
      mine: 'Six centres opened.',
      theirs: 'Seven centres opened.',
      mineFromThisComputer: true,
    });
    // Nothing replaced: this computer keeps its text and gained the other field; the server still holds both branches.
    expect((await world.amina.repository.get(report.id)).sections['1.1.1']).toMatchObject({
      narrative: 'Six centres opened.',
      challenges: 'Flooding.',
      goodPractice: 'Radio lessons.',
    });
    expect(await leaves(sectionDocId(report.id, '1.1.1'))).toHaveLength(2);
    await world.amina.sync.resolve(report.id, conflict?.key ?? '', {
      keep: 'edited',
      value: 'Six centres opened, a seventh in 2026.',
    });
    await world.amina.syncOrThrow(report.id);
    const live = (await leaves(sectionDocId(report.id, '1.1.1'))).filter((leaf) => !leaf._deleted);
    expect(live).toHaveLength(1);
    expect(live[0]?.section).toMatchObject({
      narrative: 'Six centres opened, a seventh in 2026.',
      challenges: 'Flooding.',
      goodPractice: 'Radio lessons.',
    });
  });

  it('keeps an attachment the other program added to a section when the officer edits that section', async () => {
    const report = newReport();
    await world.amina.repository.put(report);
    await world.amina.syncOrThrow(report.id);
    await stock.pull();
    const minutes = Buffer.from('%PDF-1.4 minutes of the learning festival committee\n');
    await stock.attach(sectionDocId(report.id, '1.1.1'), 'minutes.pdf', minutes, 'application/pdf');
    await stock.push();
    await world.amina.syncOrThrow(report.id);
    await editSection(world.amina, report.id, '1.1.1', { narrative: 'Edited after the minutes were attached.' });
    await world.amina.syncOrThrow(report.id);
    const [doc] = await leaves(sectionDocId(report.id, '1.1.1'));
    expect(doc).toMatchObject({
      section: { narrative: 'Edited after the minutes were attached.' },
      _attachments: { 'minutes.pdf': { length: minutes.length } },
    });
    const bytes = await fetch(
      `${world.server.origin}/${DATABASE}/${encodeURIComponent(sectionDocId(report.id, '1.1.1'))}/minutes.pdf`,
      { headers: admin },
    );
    expect(Buffer.from(await bytes.arrayBuffer())).toEqual(minutes);
  });

  it('carries an attachment that only the losing branch had onto the merged document before deleting that branch', async () => {
    const report = newReport();
    await world.amina.repository.put(report);
    await world.amina.syncOrThrow(report.id);
    await stock.pull();
    const photo = Buffer.from('a scanned attendance sheet');
    await editSection(world.amina, report.id, '2.1.1', { narrative: 'Adult literacy classes in Malindi.' });
    await stock.attach(sectionDocId(report.id, '2.1.1'), 'attendance.txt', photo, 'text/plain');
    await world.amina.syncOrThrow(report.id);
    await stock.push();
    await world.amina.syncOrThrow(report.id);
    const live = (await leaves(sectionDocId(report.id, '2.1.1'))).filter((leaf) => !leaf._deleted);
    expect(live).toHaveLength(1);
    expect(live[0]).toMatchObject({
      section: { narrative: 'Adult literacy classes in Malindi.' },
      _attachments: { 'attendance.txt': { length: photo.length } },
    });
  });

  it('compares the two values when the server no longer has the revision a branch forked from (compacted)', async () => {
    const report = newReport();
    await world.amina.repository.put(report);
    await world.amina.syncOrThrow(report.id);
    await stock.pull();
    await editSection(world.amina, report.id, '1.2.1', { narrative: 'From this computer.' });
    await stock.edit(
      sectionDocId(report.id, '1.2.1'),
      (doc) => ((doc['section'] as Record<string, unknown>)['challenges'] = 'From the script.'),
    );
    await world.amina.syncOrThrow(report.id);
    await stock.push();
    await world.server.database(DATABASE).compact();
    await world.amina.syncOrThrow(report.id);
    // Without the common ancestor the narrative cannot be told apart from an edit on the other branch: shown, not guessed.
    const conflicts = await world.amina.sync.conflicts(report.id);
    expect(conflicts.map((conflict) => conflict.path.join('/')).sort()).toEqual([
      'sections/1.2.1/challenges',
      'sections/1.2.1/narrative',
    ]);
    expect((await world.amina.repository.get(report.id)).sections['1.2.1']).toMatchObject({
      narrative: 'From this computer.',
    });
  });
});
