import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundledFramework } from '../../../shared/framework/load';
import { sectionDocId } from '../../../shared/sync/report-documents';
import { runCli } from '../../../electron/cli/run-cli';
import { systemClock } from '../../../electron/main/services/clock';
import { openDraftServices } from '../../../electron/main/services/drafts/draft-services';
import { newReport } from './support/sync-device';
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
    const drafts = await openDraftServices(dataDir, { appVersion: '0.0.0-test', framework: bundledFramework(), clock: systemClock, historyIntervalMinutes: () => 10 });
    const report = newReport();
    await drafts.store.put(report);
    process.env['RIPOTI_SYNC_PASSWORD'] = 'amina-pass';
    const result = await cli(['sync', report.id, '--server', world.url, '--user', 'amina', '--data', dataDir]);
    expect(result).toMatchObject({ code: 0, out: expect.stringMatching(/^Synced .*sent 44 documents and 0 photos/) as unknown });
    expect(await world.server.getDoc(DATABASE, sectionDocId(report.id, '3.3.3'))).toBeDefined();
    expect(await readdir(path.join(dataDir, 'sync'))).toEqual([`${report.id}.json`]);
    const again = await cli(['sync', report.id, '--server', world.url, '--user', 'amina', '--data', dataDir]);
    expect(again.out).toMatch(/sent 0 documents/);
  });

  it('explains a missing password and a wrong one', async () => {
    const report = newReport();
    expect(await cli(['sync', report.id, '--server', world.url, '--user', 'amina', '--data', dataDir])).toMatchObject({ code: 1, err: expect.stringContaining('RIPOTI_SYNC_PASSWORD') as unknown });
    process.env['RIPOTI_SYNC_PASSWORD'] = 'nope';
    expect(await cli(['sync', report.id, '--server', world.url, '--user', 'amina', '--data', dataDir])).toMatchObject({ code: 1, err: 'Error: Server refused: the user name or password is wrong.' });
  });
});
