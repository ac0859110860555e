import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportToDocuments, sectionDocId } from '@/shared/sync/report-documents';
import { newReport } from './support/sync-device';
import { DATABASE, startSyncWorld, type SyncWorld } from './support/world';

let world: SyncWorld;
beforeEach(async () => (world = await startSyncWorld()));
afterEach(async () => world.close());

async function session(name: string, password: string): Promise<string> {
  const response = await fetch(`${world.server.origin}/_session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password }),
  });
  return response.headers.get('set-cookie')?.split(';')[0] ?? '';
}

async function put(cookie: string, id: string, body: object) {
  const response = await fetch(`${world.server.origin}/${DATABASE}/${encodeURIComponent(id)}`, {
    method: 'PUT',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ ...body, _id: id }),
  });
  return { status: response.status, body: (await response.json()) as { reason?: string } };
}

/** The rules of docs/server-setup-validate.js, as the test server runs them. */
describe('the county database set-up', () => {
  it('lets the national office read the county’s reports but not write them', async () => {
    const report = newReport();
    await world.amina.repository.put(report);
    await world.amina.syncOrThrow(report.id);
    const national = await session('national', 'national-pass');
    const read = await fetch(
      `${world.server.origin}/${DATABASE}/${encodeURIComponent(sectionDocId(report.id, '1.1.1'))}`,
      { headers: { cookie: national } },
    );
    expect(read.status).toBe(200);
    const doc = (await read.json()) as { _rev: string; section: object };
    const write = await put(national, sectionDocId(report.id, '1.1.1'), {
      ...doc,
      section: { ...doc.section, narrative: 'edited by the national office' },
    });
    expect(write).toMatchObject({
      status: 403,
      body: { reason: `Only members of ${DATABASE} may change its reports.` },
    });
  });

  it('rejects malformed reports and documents Ripoti does not write', async () => {
    const amina = await session('amina', 'amina-pass');
    const report = newReport();
    const docs = reportToDocuments(report);
    const section = docs.get(sectionDocId(report.id, '1.1.1')) ?? {};
    expect((await put(amina, sectionDocId(report.id, '1.1.1'), section)).status).toBe(201);
    const broken = await put(amina, sectionDocId(report.id, '1.1.2'), {
      ...section,
      featureId: '1.1.2',
      section: { narrative: 42 },
    });
    expect(broken).toMatchObject({ status: 403, body: { reason: expect.stringContaining('Malformed') as unknown } });
    const wrongPlace = await put(amina, sectionDocId(report.id, '1.1.3'), section);
    expect(wrongPlace.status).toBe(403);
    expect((await put(amina, 'shopping-list', { items: ['maize'] })).status).toBe(403);
  });
});
