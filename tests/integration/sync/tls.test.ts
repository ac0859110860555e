import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundledFramework } from '@/shared/framework/load';
import { sectionDocId } from '@/shared/sync/report-documents';
import { systemClock } from '@/electron/main/services/clock';
import { openDraftServices } from '@/electron/main/services/drafts/draft-services';
import { NodeWire } from '@/electron/main/services/sync/node-wire';
import { countyTls } from './support/county-tls';
import { startFaultProxy, type FaultProxy } from './support/fault-proxy';
import { createDevice, newReport } from './support/sync-device';
import { DATABASE, startSyncWorld, type SyncWorld } from './support/world';

let world: SyncWorld;
let county: FaultProxy;
beforeEach(async () => {
  world = await startSyncWorld();
  // https with the county's own certificate authority, and no session cookie set (stripped on the way).
  county = await startFaultProxy(world.server.origin, {
    tls: { key: countyTls.key, cert: countyTls.cert },
    stripCookies: true,
  });
});
afterEach(async () => {
  await county.close();
  await world.close();
});

describe('a county server with its own certificate authority that sets no session cookie', () => {
  it('syncs over https with Basic auth when the log-in sets no cookie, trusting the county CA like the operating system does', async () => {
    const device = await createDevice(`${county.origin}/${DATABASE}`, 'amina', 'amina-pass', {
      createWire: () => new NodeWire({ ca: [...tls.rootCertificates, countyTls.ca] }),
    });
    const report = newReport();
    await device.repository.put(report);
    expect(await device.syncOrThrow(report.id)).toMatchObject({ kind: 'synced' });
    expect(county.log[0]).toMatchObject({ url: '/_session', status: 200 });
    const later = county.log.slice(1);
    expect(later.length).toBeGreaterThan(2);
    for (const request of later)
      expect(request.headers.authorization).toBe(`Basic ${Buffer.from('amina:amina-pass').toString('base64')}`);
    expect(await world.server.getDoc(DATABASE, sectionDocId(report.id, '1.1.1'))).toBeDefined();
    await device.dispose();
  });

  it('refuses a certificate this computer does not trust, before any password is sent, and does not keep retrying', async () => {
    const device = await createDevice(`${county.origin}/${DATABASE}`, 'amina', 'amina-pass', {
      createWire: () => new NodeWire(),
      backgroundRetryMs: 60_000,
    });
    const report = newReport();
    await device.repository.put(report);
    expect(await device.syncNow(report.id)).toMatchObject({
      state: 'failed',
      error: {
        code: 'network',
        message: expect.stringMatching(
          /^The sync server's certificate is not trusted by this computer \(.+\)\. No password was sent\./,
        ) as unknown,
      },
    });
    expect(county.log).toEqual([]);
    expect((await device.sync.status(report.id)).nextRetryAt).toBeNull();
    await device.dispose();
  });

  it(
    'lets the command line trust the county CA through NODE_EXTRA_CA_CERTS, as docs/server-setup.md says',
    { timeout: 60_000 },
    async () => {
      const dataDir = await mkdtemp(path.join(tmpdir(), 'ripoti-cli-tls-'));
      const drafts = await openDraftServices(dataDir, {
        appVersion: '0.0.0-test',
        framework: bundledFramework(),
        clock: systemClock,
        historyIntervalMinutes: () => 10,
      });
      const report = newReport();
      await drafts.store.put(report);
      const caFile = path.join(import.meta.dirname, 'support', 'tls', 'county-ca.pem');
      const cli = path.resolve(import.meta.dirname, '../../../electron/cli/main.ts');
      const run = (env: Record<string, string>) =>
        promisify(execFile)(
          process.execPath,
          [
            '--import',
            'tsx',
            cli,
            'sync',
            report.id,
            '--server',
            `${county.origin}/${DATABASE}`,
            '--user',
            'amina',
            '--data',
            dataDir,
          ],
          { env: { ...process.env, RIPOTI_SYNC_PASSWORD: 'amina-pass', ...env } },
        );
      await expect(run({ NODE_EXTRA_CA_CERTS: '' })).rejects.toMatchObject({
        stderr: expect.stringContaining('certificate is not trusted') as unknown,
      });
      const { stdout } = await run({ NODE_EXTRA_CA_CERTS: caFile });
      expect(stdout).toMatch(/^Synced .*sent 44 documents/);
      await rm(dataDir, { recursive: true, force: true });
    },
  );
});
