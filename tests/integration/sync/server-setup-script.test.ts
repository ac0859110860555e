import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sectionDocId } from '@/shared/sync/report-documents';
import { ADMIN, startCouchServer, type CouchServer } from './support/couch-server';
import { createDevice, newReport } from './support/sync-device';

const script = path.resolve(import.meta.dirname, '../../../docs/server-setup.sh');
let server: CouchServer;

beforeEach(async () => {
  server = await startCouchServer();
});
afterEach(async () => server.close());

function run(...args: string[]) {
  return promisify(execFile)('bash', [script, ...args], {
    env: {
      ...process.env,
      COUCHDB_URL: server.origin,
      COUCHDB_ADMIN: ADMIN.username,
      COUCHDB_PASSWORD: ADMIN.password,
    },
  });
}

/** Any request curl would still make goes to a closed port on this computer, never out (these addresses must be refused before that). */
const noWayOut = {
  ALL_PROXY: 'http://127.0.0.1:9',
  HTTP_PROXY: 'http://127.0.0.1:9',
  HTTPS_PROXY: 'http://127.0.0.1:9',
  http_proxy: 'http://127.0.0.1:9',
  https_proxy: 'http://127.0.0.1:9',
};

describe('docs/server-setup.sh', () => {
  it('creates a county database that its officers sync to and others cannot write', async () => {
    expect((await run('county', 'laikipia')).stdout).toContain(`Ready: ${server.origin}/ripoti-laikipia`);
    await run('county', 'laikipia'); // idempotent: a second run refreshes, never fails
    await run('user', 'laikipia', 'wanjiru', 'wanjiru-pass');
    await run('user', 'garissa', 'outsider', 'outsider-pass');
    const officer = await createDevice(`${server.origin}/ripoti-laikipia`, 'wanjiru', 'wanjiru-pass');
    const report = newReport('Laikipia');
    await officer.repository.put(report);
    expect(await officer.syncOrThrow(report.id)).toMatchObject({ kind: 'synced' });
    expect(await server.getDoc('ripoti-laikipia', sectionDocId(report.id, '1.1.1'))).toBeDefined();
    const outsider = await createDevice(`${server.origin}/ripoti-laikipia`, 'outsider', 'outsider-pass');
    await outsider.repository.put(newReport('Laikipia'));
    expect((await outsider.syncNow((await outsider.repository.list())[0]?.id ?? '')).state).toBe('failed');
    await Promise.all([officer.dispose(), outsider.dispose()]);
  });

  it('refuses a server address without TLS, comparing the host whole', async () => {
    for (const url of [
      'http://couch.example.go.ke',
      'http://localhost.example.com',
      'http://127.0.0.1.example.com:5984',
    ]) {
      await expect(
        promisify(execFile)('bash', [script, 'county', 'kilifi'], {
          env: { ...process.env, ...noWayOut, COUCHDB_URL: url, COUCHDB_ADMIN: 'a', COUCHDB_PASSWORD: 'b' },
        }),
      ).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining(`Refusing ${url}`) as unknown });
    }
  });

  it('sets a new password when a user is added again, instead of failing, and keeps the account’s roles', async () => {
    await run('county', 'laikipia');
    await run('user', 'laikipia', 'wanjiru', 'first-pass');
    expect((await run('user', 'laikipia', 'wanjiru', 'second-pass')).stdout).toContain(
      'User wanjiru can sync with the role ripoti-laikipia',
    );
    await run('national-user', 'laikipia', 'wanjiru', 'second-pass');
    const old = await createDevice(`${server.origin}/ripoti-laikipia`, 'wanjiru', 'first-pass');
    const current = await createDevice(`${server.origin}/ripoti-laikipia`, 'wanjiru', 'second-pass');
    const report = newReport('Laikipia');
    for (const device of [old, current]) await device.repository.put(report);
    expect(await old.syncNow(report.id)).toMatchObject({ state: 'failed', error: { code: 'unauthorized' } });
    expect(await current.syncOrThrow(report.id)).toMatchObject({ kind: 'synced' });
    const user = await fetch(`${server.origin}/_users/org.couchdb.user%3Awanjiru`, {
      headers: { authorization: `Basic ${Buffer.from(`${ADMIN.username}:${ADMIN.password}`).toString('base64')}` },
    });
    expect(await user.json()).toMatchObject({ roles: ['ripoti-laikipia', 'ripoti-national'] });
    await Promise.all([old.dispose(), current.dispose()]);
  });
});
