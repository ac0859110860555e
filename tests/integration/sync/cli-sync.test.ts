import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundledFramework } from '@/shared/framework/load';
import { sectionDocId } from '@/shared/sync/report-documents';
import { runCli } from '@/electron/cli/run-cli';
import { systemClock } from '@/electron/main/services/clock';
import { openDraftServices } from '@/electron/main/services/drafts/draft-services';
import { editSection, newReport } from './support/sync-device';
import { DATABASE, startSyncWorld, type SyncWorld } from './support/world';

let world: SyncWorld;
let dataDir = '';
beforeEach(async () => {
  world = await startSyncWorld();
  dataDir = await mkdtemp(path.join(tmpdir(), 'ripoti-cli-sync-'));
});
afterEach(async () => {
  delete process.env['RIPOTI_SYNC_PASSWORD'];
  await world.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (line) => out.push(line), err: (line) => err.push(line), cwd: dataDir });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run report -- sync', () => {
  it('syncs a draft from the durable drafts folder and keeps the sync record there', async () => {
    const drafts = await openDraftServices(dataDir, {
      appVersion: '0.0.0-test',
      framework: bundledFramework(),
      clock: systemClock,
      historyIntervalMinutes: () => 10,
    });
    const report = newReport();
    await drafts.store.put(report);
    process.env['RIPOTI_SYNC_PASSWORD'] = 'amina-pass';
    const result = await cli(['sync', report.id, '--server', world.url, '--user', 'amina', '--data', dataDir]);
    expect(result).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^Synced .*sent 44 documents and 0 photos/) as unknown,
    });
    expect(await world.server.getDoc(DATABASE, sectionDocId(report.id, '3.3.3'))).toBeDefined();
    expect(await readdir(path.join(dataDir, 'sync'))).toEqual([`${report.id}.json`]);
    const again = await cli(['sync', report.id, '--server', world.url, '--user', 'amina', '--data', dataDir]);
    expect(again.out).toMatch(/sent 0 documents/);
  });

  it('explains a missing password and a wrong one', async () => {
    const report = newReport();
    expect(await cli(['sync', report.id, '--server', world.url, '--user', 'amina', '--data', dataDir])).toMatchObject({
      code: 1,
      err: expect.stringContaining('RIPOTI_SYNC_PASSWORD') as unknown,
    });
    process.env['RIPOTI_SYNC_PASSWORD'] = 'nope';
    expect(await cli(['sync', report.id, '--server', world.url, '--user', 'amina', '--data', dataDir])).toMatchObject({
      code: 1,
      err: 'Error: Server refused: the user name or password is wrong.',
    });
  });
});

describe('npm run report -- resolve', () => {
  it('lists the conflicts a sync left, resolves them like the Sync step, and the next sync sends the choice', async () => {
    const drafts = await openDraftServices(dataDir, {
      appVersion: '0.0.0-test',
      framework: bundledFramework(),
      clock: systemClock,
      historyIntervalMinutes: () => 10,
    });
    const report = newReport();
    await drafts.store.put(report);
    process.env['RIPOTI_SYNC_PASSWORD'] = 'amina-pass';
    const sync = () => cli(['sync', report.id, '--server', world.url, '--user', 'amina', '--data', dataDir]);
    expect((await sync()).code).toBe(0);
    await world.baraka.syncOrThrow(report.id);
    await editSection(world.baraka, report.id, '1.1.1', {
      narrative: 'Baraka: seven centres.',
      challenges: 'Baraka: flooding.',
    });
    await world.baraka.syncOrThrow(report.id);
    const section = (await drafts.store.get(report.id)).sections['1.1.1'];
    if (!section) throw new Error('no section');
    await drafts.store.updateSection(
      report.id,
      '1.1.1',
      { ...section, narrative: 'Amina: six centres.' },
      '2026-11-23T12:00:00.000Z',
    );

    const conflicted = await sync();
    expect(conflicted.code).toBe(3);
    expect(conflicted.err).toContain('1 field was changed here and on the server.');
    expect(await cli(['resolve', report.id, '--data', dataDir])).toMatchObject({
      code: 0,
      out: [
        '  sections/1.1.1/narrative',
        '      mine (this computer): Amina: six centres.',
        '      theirs (server):  Baraka: seven centres.',
      ].join('\n'),
    });
    expect(await cli(['resolve', report.id, 'sections/1.1.1/narrative', '--data', dataDir])).toMatchObject({
      code: 1,
      err: 'Error: Say what to keep: --keep mine, --keep theirs, or --text "the merged text".',
    });
    expect(
      await cli([
        'resolve',
        report.id,
        'sections/1.1.1/narrative',
        '--text',
        'Six centres, a seventh soon.',
        '--data',
        dataDir,
      ]),
    ).toMatchObject({
      code: 0,
      out: 'Resolved sections/1.1.1/narrative. No conflicts left: run sync to send the report.',
    });
    expect(
      await cli(['resolve', report.id, 'sections/1.1.1/narrative', '--keep', 'mine', '--data', dataDir]),
    ).toMatchObject({ code: 1, err: 'Error: This conflict was already resolved.' });
    expect((await sync()).code).toBe(0);
    expect(await world.server.getDoc(DATABASE, sectionDocId(report.id, '1.1.1'))).toMatchObject({
      section: { narrative: 'Six centres, a seventh soon.', challenges: 'Baraka: flooding.' },
    });
  });
});
