import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attachmentDocId, sectionDocId } from '@/shared/sync/report-documents';
import { ADMIN, startCouchServer } from './support/couch-server';
import { createDevice, addPhoto, newReport } from './support/sync-device';
import { DATABASE, startSyncWorld, type SyncWorld } from './support/world';

let world: SyncWorld;
beforeEach(async () => (world = await startSyncWorld()));
afterEach(async () => world.close());

const isPhotoUpload = (request: { method: string; url: string }) =>
  request.method === 'PUT' && request.url.includes('/attachment%3A') && request.url.includes('/content');
const isWrite = (request: { method: string; url: string }) =>
  request.method === 'POST' && request.url.endsWith('/_bulk_docs');

describe('sync through a failing connection', () => {
  it('resumes a photo upload cut mid-body, sends what arrived only once, and leaves no duplicate', async () => {
    let report = newReport();
    await world.amina.repository.put(report);
    report = await addPhoto(world.amina, report, 200_000);
    report = await addPhoto(world.amina, report, 300_000, '1.1.2');
    const [first, second] = Object.keys(report.attachments);
    let cut = 0;
    world.proxy.plan = (request) =>
      isPhotoUpload(request) && request.url.includes(second ?? '') && cut++ === 0
        ? { kind: 'drop-mid-body', afterBytes: 100_000 }
        : { kind: 'pass' };
    expect(await world.amina.syncOrThrow(report.id)).toMatchObject({ kind: 'synced', sentAttachments: 2 });
    const uploads = world.proxy.log.filter(isPhotoUpload);
    expect(uploads.filter((request) => request.url.includes(first ?? '')).length).toBe(1);
    expect(uploads.filter((request) => request.url.includes(second ?? '')).map((request) => request.fault)).toEqual([
      'drop-mid-body',
      'pass',
    ]);
    for (const id of [first, second]) {
      const doc = await world.server.getDoc(DATABASE, attachmentDocId(id ?? ''));
      expect(doc).toMatchObject({
        _rev: expect.stringMatching(/^1-/) as unknown,
        _attachments: { content: { length: report.attachments[id ?? '']?.byteLength } },
      });
    }
    // A second sync sends no photo again.
    const before = world.proxy.log.length;
    await world.amina.syncOrThrow(report.id);
    expect(world.proxy.log.slice(before).filter(isPhotoUpload)).toEqual([]);
    // The colleague receives the photo bytes intact.
    await world.baraka.syncOrThrow(report.id);
    expect(await world.baraka.blobs.read(first ?? '')).toEqual(await world.amina.blobs.read(first ?? ''));
  });

  it('never writes a section twice when the answer to a write is lost after it arrived', async () => {
    const report = newReport();
    await world.amina.repository.put(report);
    await world.amina.syncOrThrow(report.id);
    const section = (await world.amina.repository.get(report.id)).sections['1.1.1'];
    if (!section) throw new Error('no section');
    await world.amina.repository.updateSection(
      report.id,
      '1.1.1',
      { ...section, narrative: 'Sent once' },
      '2026-11-23T11:00:00.000Z',
    );
    let lost = 0;
    world.proxy.plan = (request) => (isWrite(request) && lost++ === 0 ? { kind: 'drop-answer' } : { kind: 'pass' });
    expect(await world.amina.syncOrThrow(report.id)).toMatchObject({ kind: 'synced' });
    expect(
      world.proxy.log.filter((request) => request.fault === 'drop-answer').map((request) => request.status),
    ).toEqual([201]);
    const doc = await world.server.getDoc(DATABASE, sectionDocId(report.id, '1.1.1'));
    expect(doc).toMatchObject({ _rev: expect.stringMatching(/^2-/) as unknown, section: { narrative: 'Sent once' } });
    await world.baraka.syncOrThrow(report.id);
    expect((await world.baraka.repository.get(report.id)).sections['1.1.1']?.narrative).toBe('Sent once');
  });

  it('backs off through a storm of 503 and 500 answers, then succeeds', async () => {
    const report = newReport();
    await world.amina.repository.put(report);
    world.proxy.plan = ({ index }) =>
      index < 5 ? { kind: 'status', status: index % 2 === 0 ? 503 : 500 } : { kind: 'pass' };
    const started = Date.now();
    expect(await world.amina.syncOrThrow(report.id)).toMatchObject({ kind: 'synced' });
    const failed = world.proxy.log.filter((request) => request.fault === 'status');
    expect(failed).toHaveLength(5);
    // Five waits of at least half the (5, 10, 20, 40, 40 ms) schedule.
    expect(Date.now() - started).toBeGreaterThanOrEqual((5 + 10 + 20 + 40 + 40) / 2);
    expect(await world.server.getDoc(DATABASE, sectionDocId(report.id, '1.1.1'))).toBeDefined();
  });

  it('gives up after the retry budget with an honest message and keeps every change waiting', async () => {
    const report = newReport();
    await world.amina.repository.put(report);
    world.proxy.plan = () => ({ kind: 'status', status: 503 });
    const status = await world.amina.syncNow(report.id);
    expect(status).toMatchObject({
      state: 'failed',
      error: {
        code: 'network',
        message: expect.stringMatching(
          /is not available right now \(answer 503\)\. Your work is safe on this computer/,
        ) as unknown,
      },
    });
    expect(await world.amina.sync.status(report.id)).toMatchObject({
      changesWaiting: Object.keys(report.sections).length + 1,
      lastError: { code: 'network' },
    });
    world.proxy.plan = () => ({ kind: 'pass' });
    await world.amina.syncOrThrow(report.id);
    expect(await world.amina.sync.status(report.id)).toMatchObject({ changesWaiting: 0, lastError: null });
  });

  it('survives delays and a throttled link, reporting progress as it goes', async () => {
    const report = newReport();
    await world.amina.repository.put(report);
    world.proxy.bytesPerSecond = 200_000;
    world.proxy.plan = ({ index }) => (index % 3 === 0 ? { kind: 'delay', ms: 50 } : { kind: 'pass' });
    const waiting = (await world.amina.sync.status(report.id)).changesWaiting;
    const jobId = world.amina.sync.start(report.id);
    const seen: number[] = [];
    for (
      let status = world.amina.jobs.status(jobId);
      status.state === 'running';
      status = world.amina.jobs.status(jobId)
    ) {
      // The bar counts the same changes the status line said were waiting (0 while it prepares: "Syncing…").
      if (status.progress.total !== 0) expect(status.progress.total).toBe(waiting);
      if (seen.at(-1) !== status.progress.done) seen.push(status.progress.done);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(world.amina.jobs.status(jobId)).toMatchObject({ state: 'done', value: { kind: 'synced' } });
    await world.baraka.syncOrThrow(report.id);
    expect(await world.baraka.repository.get(report.id)).toEqual(report);
  });

  it('says clearly when the password is wrong, and when the user is not a member of the county', async () => {
    const report = newReport();
    const wrong = await createDevice(world.url, 'amina', 'not-her-password');
    await wrong.repository.put(report);
    expect(await wrong.syncNow(report.id)).toEqual({
      state: 'failed',
      error: { code: 'unauthorized', message: 'Server refused: the user name or password is wrong.' },
    });
    const outsider = await createDevice(world.url, 'outsider', 'outsider-pass');
    await outsider.repository.put(report);
    expect(await outsider.syncNow(report.id)).toMatchObject({
      state: 'failed',
      error: { code: 'permission-denied', message: expect.stringMatching(/^Server refused: /) as unknown },
    });
    expect(await world.server.getDoc(DATABASE, sectionDocId(report.id, '1.1.1'))).toBeUndefined();
    await Promise.all([wrong.dispose(), outsider.dispose()]);
  });

  it('refuses a server address without TLS unless it is this computer', async () => {
    const device = await createDevice('http://couch.kilifi.go.ke/ripoti-kilifi', 'amina', 'amina-pass');
    const report = newReport();
    await device.repository.put(report);
    expect(await device.syncNow(report.id)).toMatchObject({
      state: 'failed',
      error: { code: 'invalid-arguments', message: expect.stringContaining('https://') as unknown },
    });
    await device.dispose();
  });
});

describe('a server that accepts and then forgets', () => {
  it('sends everything again when the county server was replaced by an empty one', async () => {
    let report = newReport();
    await world.amina.repository.put(report);
    report = await addPhoto(world.amina, report, 50_000);
    await world.amina.syncOrThrow(report.id);
    const restored = await startCouchServer();
    await restored.addUser('amina', 'amina-pass', [DATABASE]);
    await restored.addUser('baraka', 'baraka-pass', [DATABASE]);
    await restored.createCountyDatabase(DATABASE);
    world.proxy.retarget(restored.origin);
    expect(await world.amina.syncOrThrow(report.id)).toMatchObject({
      kind: 'synced',
      sentAttachments: 1,
      sentDocs: Object.keys(report.sections).length + 1,
    });
    expect(await restored.getDoc(DATABASE, sectionDocId(report.id, '3.3.3'))).toBeDefined();
    await world.baraka.syncOrThrow(report.id);
    expect(await world.baraka.repository.get(report.id)).toEqual(await world.amina.repository.get(report.id));
    expect(await world.baraka.blobs.has(Object.keys(report.attachments)[0] ?? '')).toBe(true);
    await restored.close();
  });

  it('sends the officer’s later edits again, without conflicts, when the server was restored from an older backup', async () => {
    const report = newReport();
    await world.amina.repository.put(report);
    await world.amina.syncOrThrow(report.id);
    await world.baraka.syncOrThrow(report.id);
    // The nightly backup is taken here.
    const restored = await startCouchServer();
    await restored.addUser('amina', 'amina-pass', [DATABASE]);
    await restored.addUser('baraka', 'baraka-pass', [DATABASE]);
    await restored.createCountyDatabase(DATABASE);
    await world.server.database(DATABASE).replicate.to(restored.database(DATABASE));
    const section = (await world.amina.repository.get(report.id)).sections['1.1.1'];
    if (!section) throw new Error('no section');
    await world.amina.repository.updateSection(
      report.id,
      '1.1.1',
      { ...section, narrative: 'Written after the backup.' },
      '2026-11-23T13:00:00.000Z',
    );
    await world.amina.syncOrThrow(report.id);
    await world.amina.repository.updateSection(
      report.id,
      '1.1.1',
      { ...section, narrative: 'Written after the backup, then edited.' },
      '2026-11-23T14:00:00.000Z',
    );
    // The server's disk fails; the backup is restored.
    world.proxy.retarget(restored.origin);
    expect(await world.amina.syncOrThrow(report.id)).toMatchObject({ kind: 'synced', sentDocs: 1 });
    expect(await world.amina.sync.conflicts(report.id)).toEqual([]);
    expect(await restored.getDoc(DATABASE, sectionDocId(report.id, '1.1.1'))).toMatchObject({
      section: { narrative: 'Written after the backup, then edited.' },
    });
    expect(await world.baraka.syncOrThrow(report.id)).toMatchObject({ kind: 'synced' });
    expect((await world.baraka.repository.get(report.id)).sections['1.1.1']?.narrative).toBe(
      'Written after the backup, then edited.',
    );
    await restored.close();
  });

  it('writes a section back when an administrator deleted its document, rather than deleting the officer’s text', async () => {
    const report = newReport();
    await world.amina.repository.put(report);
    const section = report.sections['1.1.2'];
    if (!section) throw new Error('no section');
    await world.amina.repository.updateSection(
      report.id,
      '1.1.2',
      { ...section, narrative: 'Kept' },
      '2026-11-23T12:00:00.000Z',
    );
    await world.amina.syncOrThrow(report.id);
    const doc = await world.server.getDoc(DATABASE, sectionDocId(report.id, '1.1.2'));
    const admin = `Basic ${Buffer.from(`${ADMIN.username}:${ADMIN.password}`).toString('base64')}`;
    const deleted = await fetch(
      `${world.server.origin}/${DATABASE}/${encodeURIComponent(sectionDocId(report.id, '1.1.2'))}?rev=${String(doc?.['_rev'])}`,
      { method: 'DELETE', headers: { authorization: admin } },
    );
    expect(deleted.status).toBe(200);
    await world.amina.syncOrThrow(report.id);
    expect((await world.amina.repository.get(report.id)).sections['1.1.2']?.narrative).toBe('Kept');
    expect(await world.server.getDoc(DATABASE, sectionDocId(report.id, '1.1.2'))).toMatchObject({
      section: { narrative: 'Kept' },
    });
  });
});
