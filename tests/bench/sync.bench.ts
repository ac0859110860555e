/**
 * Sync on a 2G-class link, counted on the wire by a proxy between the app and the server
 * (request and status lines, headers and bodies, both directions: what a modem bills).
 * (1) A one-field edit after a full sync of a 2 MB report with photos: sent by the officer's
 * computer, received by a colleague's; answers compressed (express-pouchdb) and uncompressed
 * (CouchDB 3 sends JSON uncompressed); cookie kept from earlier syncs and a fresh log-in.
 * Goal: under 5 kB each way. (2) The same edit replicated by a stock PouchDB, for the decision
 * in docs/sync-design.md. (3) Time to "cannot reach" on a dead address and on a closed port.
 * (4) A whole report through 50 kB/s. Real express-pouchdb on 127.0.0.1; prints, asserts nothing.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { bundledFramework } from '../../shared/framework/load';
import type { Report } from '../../shared/report/schema';
import { sectionDocId } from '../../shared/sync/report-documents';
import { startBlackhole } from '../integration/sync/support/blackhole';
import { startCouchServer } from '../integration/sync/support/couch-server';
import { startFaultProxy, type FaultProxy } from '../integration/sync/support/fault-proxy';
import { addPhoto, createDevice, editSection, newReport, type Device } from '../integration/sync/support/sync-device';
import { defaultRetryPolicy } from '../../electron/main/services/sync/retry-policy';

const DATABASE = 'ripoti-kilifi';
const BANDWIDTH = 50_000;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** Words of the framework's own English texts, picked by a seeded generator: prose that compresses like prose. */
const vocabulary = JSON.stringify(bundledFramework()).match(/[A-Za-z]{3,}/g) ?? ['learning'];
let seed = 2026;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const prose = (count: number) =>
  Array.from({ length: count }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' ');

/** Every section written (about 300 words in narrative and challenges), then photos up to the target size. */
async function filledReport(device: Device, photoBytes: number[]): Promise<Report> {
  let report = newReport();
  for (const [featureId, section] of Object.entries(report.sections))
    report.sections[featureId] = { ...section, status: 'in-progress', narrative: prose(200), challenges: prose(100) };
  await device.repository.put(report);
  for (const [index, bytes] of photoBytes.entries())
    report = await addPhoto(device, report, bytes, Object.keys(report.sections)[index] ?? '1.1.1');
  return report;
}

/** Runs `work` and returns the bytes each way and the requests it made. */
async function counted(
  proxy: FaultProxy,
  work: () => Promise<unknown>,
): Promise<{ sent: number; received: number; requests: string[] }> {
  proxy.bytesFromClient = 0;
  proxy.bytesToClient = 0;
  const before = proxy.log.length;
  await work();
  const requests = proxy.log
    .slice(before)
    .map(
      (request) =>
        `${request.method} ${request.url.split('?')[0]?.split('/').slice(2).join('/') || request.url.split('?')[0] || ''}`,
    );
  return { sent: proxy.bytesFromClient, received: proxy.bytesToClient, requests };
}

const line = (label: string, figures: { sent: number; received: number; requests: string[] }) =>
  console.log(
    `${label.padEnd(58)} ↑ ${kB(figures.sent).padStart(8)}  ↓ ${kB(figures.received).padStart(8)}  in ${figures.requests.length} requests (${figures.requests.join(', ')})${figures.sent < 5000 && figures.received < 5000 ? '' : '  goal < 5 kB each way: NOT met'}`,
  );

const server = await startCouchServer();
for (const user of ['amina', 'baraka']) await server.addUser(user, `${user}-pass`, [DATABASE]);
await server.createCountyDatabase(DATABASE);
const proxy = await startFaultProxy(server.origin);
const url = `${proxy.origin}/${DATABASE}`;

// (1) One-field edit after a full sync.
const amina = await createDevice(url, 'amina', 'amina-pass');
const baraka = await createDevice(url, 'baraka', 'baraka-pass');
const big = await filledReport(amina, [475_000, 475_000, 475_000, 475_000]);
const reportBytes =
  new TextEncoder().encode(JSON.stringify(big)).length +
  Object.values(big.attachments).reduce((sum, photo) => sum + photo.byteLength, 0);
const full = await counted(proxy, () => amina.syncOrThrow(big.id));
await baraka.syncOrThrow(big.id);
console.log(`report size (JSON + photos):  ${kB(reportBytes)}`);
console.log(
  `first full upload:            ↑ ${kB(full.sent)}  ↓ ${kB(full.received)} in ${full.requests.length} requests`,
);
const edits = [
  'Open two more centres in Malindi.',
  'Open three more centres in Watamu.',
  'Train twenty facilitators.',
  'Publish the report in Kiswahili.',
];
const editAndSync = (text: string) => async () => {
  await editSection(amina, big.id, '2.3.1', { nextSteps: text });
  await amina.syncOrThrow(big.id);
};
line('one-field edit, sent (answers gzip, cookie kept)', await counted(proxy, editAndSync(edits[0] ?? '')));
line('one-field edit, received by a colleague (gzip)', await counted(proxy, () => baraka.syncOrThrow(big.id)));
proxy.identityAnswers = true;
line('one-field edit, sent (answers uncompressed, as CouchDB 3)', await counted(proxy, editAndSync(edits[1] ?? '')));
line('one-field edit, received by a colleague (uncompressed)', await counted(proxy, () => baraka.syncOrThrow(big.id)));
// A new app session (cookie not kept yet) logs in first: the price of one POST /_session.
const freshAmina = await createDevice(url, 'amina', 'amina-pass');
await freshAmina.repository.put(await amina.repository.get(big.id));
for (const photo of Object.keys(big.attachments)) await freshAmina.blobs.write(photo, await amina.blobs.read(photo));
await freshAmina.syncOrThrow(big.id);
await freshAmina.sync.rememberPassword('amina-pass');
line(
  'one-field edit, sent after a fresh log-in (uncompressed)',
  await counted(proxy, async () => {
    await editSection(freshAmina, big.id, '2.3.1', { nextSteps: edits[2] ?? '' });
    await freshAmina.syncOrThrow(big.id);
  }),
);
await baraka.syncOrThrow(big.id);
line('nothing changed anywhere: a sync that finds nothing', await counted(proxy, () => baraka.syncOrThrow(big.id)));
proxy.identityAnswers = false;

// (2) The same edit by PouchDB's replicator (the alternative weighed in docs/sync-design.md), into a database without a validation function.
const plain = 'ripoti-plain';
await fetch(`${server.origin}/${plain}`, {
  method: 'PUT',
  headers: { authorization: `Basic ${Buffer.from('admin:admin-secret').toString('base64')}` },
});
const local = new server.PouchDB(`bench-local-${Date.now()}`, { adapter: 'memory' });
const remote = new server.PouchDB(`${proxy.origin}/${plain}`, {
  auth: { username: 'admin', password: 'admin-secret' },
  skip_setup: true,
});
await local.replicate.from(server.database(DATABASE), {
  doc_ids: [...new Set(Object.keys(big.sections).map((featureId) => sectionDocId(big.id, featureId)))],
});
await local.replicate.to(remote);
const other = new server.PouchDB(`bench-other-${Date.now()}`, { adapter: 'memory' });
await other.replicate.from(remote);
const doc = await local.get(sectionDocId(big.id, '2.3.1'));
(doc['section'] as Record<string, unknown>)['nextSteps'] = edits[3] ?? '';
await local.put(doc);
line('PouchDB replicator: the same edit pushed', await counted(proxy, () => local.replicate.to(remote)));
line('PouchDB replicator: a colleague pulling it', await counted(proxy, () => other.replicate.from(remote)));

// (3) Time to "cannot reach" with the app's own policy (connect limit 10 s, no retry of what cannot succeed).
const blackhole = await startBlackhole();
const stranded = await createDevice(`${blackhole.origin}/${DATABASE}`, 'amina', 'amina-pass', {
  retryPolicy: defaultRetryPolicy,
});
await stranded.repository.put(newReport());
let started = performance.now();
const unreachable = await stranded.syncNow((await stranded.repository.list())[0]?.id ?? '');
console.log(
  `dead address (packets dropped): told after ${((performance.now() - started) / 1000).toFixed(1)} s: ${unreachable.state === 'failed' ? unreachable.error.message : unreachable.state}`,
);
blackhole.close();
const closedPort = http.createServer();
await new Promise<void>((resolve) => closedPort.listen(0, '127.0.0.1', resolve));
const port = (closedPort.address() as AddressInfo).port;
await new Promise((resolve) => closedPort.close(resolve));
const wrongPort = await createDevice(`http://127.0.0.1:${port}/${DATABASE}`, 'amina', 'amina-pass', {
  retryPolicy: defaultRetryPolicy,
});
await wrongPort.repository.put(newReport());
started = performance.now();
await wrongPort.syncNow((await wrongPort.repository.list())[0]?.id ?? '');
console.log(`closed port: told after ${((performance.now() - started) / 1000).toFixed(2)} s, no retry`);

// (4) A whole report through the 50 kB/s link.
const chiku = await createDevice(url, 'amina', 'amina-pass');
const small = await filledReport(chiku, [150_000]);
const smallBytes = new TextEncoder().encode(JSON.stringify(small)).length + 150_000;
proxy.bytesPerSecond = BANDWIDTH;
proxy.bytesFromClient = 0;
started = performance.now();
await chiku.syncOrThrow(small.id);
const seconds = (performance.now() - started) / 1000;
const ideal = proxy.bytesFromClient / BANDWIDTH;
console.log(
  `report of ${kB(smallBytes)} at 50 kB/s: sent ${kB(proxy.bytesFromClient)} in ${seconds.toFixed(1)} s; size ÷ bandwidth = ${(smallBytes / BANDWIDTH).toFixed(1)} s, bytes sent ÷ bandwidth = ${ideal.toFixed(1)} s; overhead ratio ${(seconds / ideal).toFixed(2)}`,
);

await Promise.all([amina, baraka, freshAmina, stranded, wrongPort, chiku].map((device) => device.dispose()));
await proxy.close();
await server.close();
