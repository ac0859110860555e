import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sectionDocId } from '../../../shared/sync/report-documents';
import { ADMIN, startCouchServer, type CouchServer } from './support/couch-server';
import { createDevice, newReport } from './support/sync-device';

const script = path.resolve(import.meta.dirname, '../../../docs/server-setup.sh');
let server: CouchServer;

beforeEach(async () => {
  server = await startCouchServer();
  // express-pouchdb cannot create a database over HTTP (see couch-server.ts); the script accepts one that exists.
  await server.createEmptyDatabase('ripoti-laikipia');
});
afterEach(async () => server.close());

function run(...args: string[]) {
  return promisify(execFile)('bash', [script, ...args], { env: { ...process.env, COUCHDB_URL: server.origin, COUCHDB_ADMIN: ADMIN.username, COUCHDB_PASSWORD: ADMIN.password } });
}

describe('docs/server-setup.sh', () => {
  it('prepares a county database that its officers sync to and others cannot write', async () => {
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

  it('refuses a server address without TLS', async () => {
    await expect(promisify(execFile)('bash', [script, 'county', 'kilifi'], { env: { ...process.env, COUCHDB_URL: 'http://couch.example.go.ke', COUCHDB_ADMIN: 'a', COUCHDB_PASSWORD: 'b' } })).rejects.toMatchObject({ code: 2 });
  });
});
