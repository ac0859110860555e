import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manifestId, sectionDocId } from '@/shared/sync/report-documents';
import { startBlackhole } from './support/blackhole';
import { addPhoto, createDevice, fastRetries, newReport } from './support/sync-device';
import { startFaultProxy, type ProxiedRequest } from './support/fault-proxy';
import { DATABASE, startSyncWorld, type SyncWorld } from './support/world';

let world: SyncWorld;
beforeEach(async () => (world = await startSyncWorld()));
afterEach(async () => world.close());

/** A server elsewhere that only counts what reaches it: where a redirect would send the password. */
async function startCatcher(): Promise<{ origin: string; received: string[]; close(): Promise<void> }> {
  const received: string[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push(`${request.method ?? ''} ${request.url ?? ''} ${body}`);
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function docIdsAsked(request: ProxiedRequest): string[] {
  const raw = request.body ?? Buffer.alloc(0);
  const text = request.headers['content-encoding'] === 'gzip' ? gunzipSync(raw).toString() : raw.toString();
  return (JSON.parse(text) as { doc_ids: string[] }).doc_ids;
}

describe('redirects', () => {
  it('never follows one, for the log-in or any later request, so the password goes nowhere else', async () => {
    const catcher = await startCatcher();
    const report = newReport();
    await world.amina.repository.put(report);
    world.proxy.plan = ({ url }) =>
      url === '/_session'
        ? { kind: 'redirect', status: 307, location: `${catcher.origin}/_session` }
        : { kind: 'pass' };
    const refused = await world.amina.syncNow(report.id);
    expect(refused).toMatchObject({
      state: 'failed',
      error: {
        code: 'network',
        message: expect.stringContaining(`sent Ripoti elsewhere to ${catcher.origin}`) as unknown,
      },
    });
    // Logged in fine, then redirected in the middle of the sync.
    world.proxy.plan = ({ url }) =>
      url.includes('/_changes')
        ? { kind: 'redirect', status: 302, location: `${catcher.origin}/${DATABASE}/_changes` }
        : { kind: 'pass' };
    expect(await world.amina.syncNow(report.id)).toMatchObject({
      state: 'failed',
      error: { message: expect.stringContaining('does not follow such redirects') as unknown },
    });
    expect(catcher.received).toEqual([]);
    // Not retried: one request met each redirect, and nothing is planned for later.
    expect(world.proxy.log.filter((request) => request.fault === 'redirect')).toHaveLength(2);
    expect((await world.amina.sync.status(report.id)).nextRetryAt).toBeNull();
    await catcher.close();
  });
});

describe('a server that cannot be reached', () => {
  it(
    'tells the officer within 10 seconds, says the work is safe, and keeps trying in the background',
    { timeout: 30_000 },
    async () => {
      const blackhole = await startBlackhole();
      const device = await createDevice(`${blackhole.origin}/${DATABASE}`, 'amina', 'amina-pass', {
        retryPolicy: { ...fastRetries, connectTimeoutMs: 10_000 },
        backgroundRetryMs: 60_000,
      });
      const report = newReport();
      await device.repository.put(report);
      const started = performance.now();
      const outcome = await device.syncNow(report.id);
      const seconds = (performance.now() - started) / 1000;
      expect(seconds).toBeLessThan(11);
      expect(outcome).toMatchObject({
        state: 'failed',
        error: {
          code: 'network',
          message: expect.stringMatching(
            /^Cannot reach the sync server 127\.0\.0\.1:\d+\. Your work is safe on this computer; Ripoti will try again in the background\.$/,
          ) as unknown,
        },
      });
      const status = await device.sync.status(report.id);
      expect(status.nextRetryAt).not.toBeNull();
      expect(status.changesWaiting).toBe(Object.keys(report.sections).length + 1);
      blackhole.close();
      await device.dispose();
    },
  );

  it('syncs by itself once the server answers again', async () => {
    const device = await createDevice(world.url, 'amina', 'amina-pass', {
      retryPolicy: { ...fastRetries, maxAttempts: 2 },
      backgroundRetryMs: 150,
    });
    const report = newReport();
    await device.repository.put(report);
    world.proxy.plan = () => ({ kind: 'status', status: 503 });
    expect(await device.syncNow(report.id)).toMatchObject({
      state: 'failed',
      error: { message: expect.stringContaining('not available right now (answer 503)') as unknown },
    });
    world.proxy.plan = () => ({ kind: 'pass' });
    for (let waited = 0; (await device.sync.status(report.id)).lastSyncedAt === null && waited < 15_000; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await device.sync.status(report.id)).toMatchObject({
      changesWaiting: 0,
      nextRetryAt: null,
      lastError: null,
    });
    expect(await world.server.getDoc(DATABASE, manifestId(report.id))).toBeDefined();
    await device.dispose();
  });

  it('does not retry an address that cannot work: nothing listening on that port', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const device = await createDevice(`http://127.0.0.1:${port}/${DATABASE}`, 'amina', 'amina-pass', {
      backgroundRetryMs: 60_000,
    });
    const report = newReport();
    await device.repository.put(report);
    const started = performance.now();
    expect(await device.syncNow(report.id)).toMatchObject({
      state: 'failed',
      error: {
        message: `Nothing answers at 127.0.0.1:${port}: the port in the server address may be wrong. Check the server address on this Sync page. Your work is safe on this computer.`,
      },
    });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect((await device.sync.status(report.id)).nextRetryAt).toBeNull();
    await device.dispose();
  });
});

describe('slow and stalling links', () => {
  it(
    'sends and receives a photo that takes longer than the idle limit, because the link keeps moving',
    { timeout: 30_000 },
    async () => {
      const patient = { retryPolicy: { ...fastRetries, idleTimeoutMs: 1_500 } };
      const sender = await createDevice(world.url, 'amina', 'amina-pass', patient);
      const receiver = await createDevice(world.url, 'baraka', 'baraka-pass', patient);
      let report = newReport();
      await sender.repository.put(report);
      report = await addPhoto(sender, report, 600_000);
      world.proxy.bytesPerSecond = 150_000;
      const sending = performance.now();
      expect(await sender.syncOrThrow(report.id)).toMatchObject({ kind: 'synced', sentAttachments: 1 });
      // About 4 s on the wire each way, more than twice the idle limit; each in one attempt.
      expect(performance.now() - sending).toBeGreaterThan(3_000);
      const receiving = performance.now();
      await receiver.syncOrThrow(report.id);
      expect(performance.now() - receiving).toBeGreaterThan(3_000);
      expect(await receiver.blobs.read(Object.keys(report.attachments)[0] ?? '')).toEqual(
        await sender.blobs.read(Object.keys(report.attachments)[0] ?? ''),
      );
      const photoRequests = world.proxy.log.filter(
        (request) => request.url.includes('/attachment%3A') && request.url.endsWith('/content'),
      );
      expect(photoRequests.map((request) => request.method)).toEqual(['PUT', 'GET']);
      await Promise.all([sender.dispose(), receiver.dispose()]);
    },
  );

  it('gives up on an answer that stops half-way after the idle limit, and asks again', async () => {
    const device = await createDevice(world.url, 'amina', 'amina-pass', {
      retryPolicy: { ...fastRetries, idleTimeoutMs: 1_000 },
    });
    const report = newReport();
    await device.repository.put(report);
    let stalled = 0;
    world.proxy.plan = ({ url }) =>
      url.includes('/_changes') && stalled++ === 0 ? { kind: 'stall-answer', ms: 10_000 } : { kind: 'pass' };
    expect(await device.syncOrThrow(report.id)).toMatchObject({ kind: 'synced' });
    const [stall, again] = world.proxy.log.filter((request) => request.url.includes('/_changes'));
    expect([stall?.fault, again?.fault]).toEqual(['stall-answer', 'pass']);
    // Asked again after about the idle limit, long before the stalled answer would have ended.
    expect((again?.at ?? Infinity) - (stall?.at ?? 0)).toBeLessThan(5_000);
    await device.dispose();
  });

  it('refuses an answer larger than it can use, once, without filling memory', async () => {
    const report = newReport();
    await world.amina.repository.put(report);
    world.proxy.plan = ({ url }) =>
      url.includes('/_changes') ? { kind: 'huge-answer', bytes: 40_000_000 } : { kind: 'pass' };
    expect(await world.amina.syncNow(report.id)).toMatchObject({
      state: 'failed',
      error: { code: 'too-large', message: expect.stringContaining('too large to read') as unknown },
    });
    expect(world.proxy.log.filter((request) => request.fault === 'huge-answer')).toHaveLength(1);
  });
});

describe('reading only this report', () => {
  it('asks the change feed for this report’s documents only, from a saved checkpoint', async () => {
    const other = newReport();
    await world.baraka.repository.put(other);
    await world.baraka.syncOrThrow(other.id);
    const report = newReport();
    await world.amina.repository.put(report);
    const before = world.proxy.log.length;
    await world.amina.syncOrThrow(report.id);
    const feeds = world.proxy.log.slice(before).filter((request) => request.url.includes('/_changes'));
    expect(feeds[0]?.url).toMatch(
      /^\/ripoti-kilifi\/_changes\?filter=_doc_ids&style=all_docs&seq_interval=\d+&since=0$/,
    );
    for (const feed of feeds) expect(docIdsAsked(feed).every((id) => id.startsWith(manifestId(report.id)))).toBe(true);
    expect(docIdsAsked(feeds[0] as ProxiedRequest)).toContain(sectionDocId(report.id, '3.3.3'));
    // The next sync starts where this one stopped.
    const again = world.proxy.log.length;
    await world.amina.syncOrThrow(report.id);
    const next = world.proxy.log.slice(again);
    expect(next.find((request) => request.url.includes('/_changes'))?.url).not.toMatch(/since=0$/);
    // Nothing changed: one look at the feed and one at the header's revision, nothing read again.
    expect(next.map((request) => `${request.method} ${request.url.split('?')[0] ?? ''}`)).toEqual([
      `POST /${DATABASE}/_changes`,
      `POST /${DATABASE}/_all_docs`,
    ]);
  });
});

describe('servers set up differently', () => {
  it('works behind a path prefix (CouchDB served under /couchdb by the county’s web server)', async () => {
    const prefixed = await startFaultProxy(world.server.origin, { pathPrefix: '/couchdb' });
    const device = await createDevice(`${prefixed.origin}/couchdb/${DATABASE}`, 'amina', 'amina-pass');
    const report = newReport();
    await device.repository.put(report);
    expect(await device.syncOrThrow(report.id)).toMatchObject({ kind: 'synced' });
    expect(prefixed.log[0]).toMatchObject({ method: 'POST', url: '/couchdb/_session', status: 200 });
    expect(prefixed.log.every((request) => request.url.startsWith('/couchdb/'))).toBe(true);
    expect(await world.server.getDoc(DATABASE, sectionDocId(report.id, '1.1.1'))).toBeDefined();
    await device.dispose();
    await prefixed.close();
  });
});
