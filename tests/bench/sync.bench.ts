/**
 * Sync on a 2G-class link. (1) Bytes the client sends for a one-field edit of a 2 MB report
 * with photos, against the first full upload of the same report (goal: under 5 kB). (2) Time
 * to sync a whole report through the fault proxy throttled to 50 kB/s, against size ÷ bandwidth.
 * Real express-pouchdb server on 127.0.0.1; prints figures and ratios, asserts nothing.
 */
import type { Report } from '../../shared/report/schema';
import { startCouchServer } from '../integration/sync/support/couch-server';
import { startFaultProxy } from '../integration/sync/support/fault-proxy';
import { addPhoto, createDevice, newReport, type Device } from '../integration/sync/support/sync-device';

const DATABASE = 'ripoti-kilifi';
const BANDWIDTH = 50_000;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const words = (count: number, seed: number) => Array.from({ length: count }, (_, i) => `neno${(i * 7 + seed) % 97}`).join(' ');

/** Every section written (about 300 words in narrative and challenges), then photos up to the target size. */
async function filledReport(device: Device, photoBytes: number[]): Promise<Report> {
  let report = newReport();
  for (const [index, section] of Object.entries(report.sections).entries()) {
    report.sections[section[0]] = { ...section[1], status: 'in-progress', narrative: words(200, index), challenges: words(100, index + 1) };
  }
  await device.repository.put(report);
  for (const [index, bytes] of photoBytes.entries()) report = await addPhoto(device, report, bytes, Object.keys(report.sections)[index] ?? '1.1.1');
  return report;
}

const server = await startCouchServer();
await server.addUser('amina', 'amina-pass', [DATABASE]);
await server.createCountyDatabase(DATABASE);
const proxy = await startFaultProxy(server.origin);
const url = `${proxy.origin}/${DATABASE}`;

// (1) One-field edit against a full upload.
const amina = await createDevice(url, 'amina', 'amina-pass');
const big = await filledReport(amina, [475_000, 475_000, 475_000, 475_000]);
const reportBytes = new TextEncoder().encode(JSON.stringify(big)).length + Object.values(big.attachments).reduce((sum, photo) => sum + photo.byteLength, 0);
proxy.bytesFromClient = 0;
await amina.syncOrThrow(big.id);
const fullUpload = proxy.bytesFromClient;
const section = (await amina.repository.get(big.id)).sections['2.3.1'];
if (!section) throw new Error('no section 2.3.1');
await amina.repository.updateSection(big.id, '2.3.1', { ...section, nextSteps: 'Open two more centres in Malindi.' }, new Date().toISOString());
proxy.bytesFromClient = 0;
proxy.bytesToClient = 0;
const before = proxy.log.length;
await amina.syncOrThrow(big.id);
const oneEdit = proxy.bytesFromClient;
const oneEditReceived = proxy.bytesToClient;
const requests = proxy.log.slice(before).map((request) => `${request.method} ${request.url.split('?')[0]?.split('/').slice(2).join('/') || request.url}`);
console.log(`report size (JSON + photos):         ${kB(reportBytes)}`);
console.log(`first full upload, client → server:  ${kB(fullUpload)}`);
console.log(`one-field edit, client → server:     ${kB(oneEdit)} in ${requests.length} requests (${requests.join(', ')})  goal < 5 kB: ${oneEdit < 5000 ? 'met' : 'NOT met'}`);
console.log(`ratio full upload / one-field edit:  ${(fullUpload / oneEdit).toFixed(0)} : 1`);
console.log(`one-field edit, server → client:     ${kB(oneEditReceived)} (the change feed lists our own upload; bodies are not fetched again)`);

// (2) A whole report through the 50 kB/s link.
const baraka = await createDevice(url, 'amina', 'amina-pass');
const small = await filledReport(baraka, [150_000]);
const smallBytes = new TextEncoder().encode(JSON.stringify(small)).length + 150_000;
proxy.bytesPerSecond = BANDWIDTH;
proxy.bytesFromClient = 0;
const started = performance.now();
await baraka.syncOrThrow(small.id);
const seconds = (performance.now() - started) / 1000;
const ideal = proxy.bytesFromClient / BANDWIDTH;
console.log(`report of ${kB(smallBytes)} at 50 kB/s: sent ${kB(proxy.bytesFromClient)} in ${seconds.toFixed(1)} s; size ÷ bandwidth = ${(smallBytes / BANDWIDTH).toFixed(1)} s, bytes sent ÷ bandwidth = ${ideal.toFixed(1)} s; overhead ratio ${(seconds / ideal).toFixed(2)}`);

await Promise.all([amina.dispose(), baraka.dispose()]);
await proxy.close();
await server.close();
