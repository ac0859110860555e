/**
 * The Preview step, Save as PDF and Prepare for sending, on the full example (43 Key Features
 * × 500 words, 20 photos, a chart under every measures table):
 * (1) laying the pages out as the app does, in its worker thread (a new thread, then warm),
 *     with the page model's size; (2) writing the PDF from the pages; (3) in Debian's Chromium
 *     with the built renderer: from opening the step to the first page drawn, and to every page
 *     drawn once (scrolled through), with the JS heap and how many pages stay drawn;
 * (4) Prepare for sending on a 20-photo report of about 12 MB with a 5 MB limit.
 * Prints figures; asserts nothing about time.
 */
import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { createDispatcher } from '../../electron/main/ipc/dispatcher';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { createTrustedSenderCheck } from '../../electron/main/security/trusted-sender';
import { buildDocx } from '../../electron/main/services/export/build-docx';
import { exampleReport } from '../../electron/main/services/export/example/example-report';
import { inProcessExportRunner } from '../../electron/main/services/export/export-runner';
import type { ExportRequest } from '../../electron/main/services/export/export-request';
import { prepareSending } from '../../electron/main/services/export/package/prepare-sending';
import { inProcessPagesRunner } from '../../electron/main/services/export/preview/pages-runner';
import { workerPagesRunner } from '../../electron/main/services/export/preview/worker-pages-runner';
import { writePdf } from '../../electron/main/services/export/pdf/write-pdf';
import { bundledFramework } from '../../shared/framework/load';
import { defaultExportOptions } from '../../shared/ipc/channels/export';
import { bridgeScript } from '../e2e/harness/bridge-script';
import { chromiumLaunchOptions } from '../e2e/harness/chromium';
import { serveRenderer } from '../e2e/harness/static-server';
import { createTestServices } from '../e2e/harness/test-services';
import { cameraPhoto } from '../fixtures/photos/camera-photos';

const RUNS = 5;
const framework = bundledFramework();
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const list = (values: readonly number[]) => values.map((value) => value.toFixed(0)).join(', ');
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

const example = exampleReport(framework);
const request: ExportRequest = {
  report: example.report,
  framework,
  options: defaultExportOptions,
  photos: new Map([...example.photos].map(([id, bytes]) => [id, { name: id, bytes }])),
  exportedAt: '2026-11-01T09:00:00.000Z',
};

// 1. The layout, as the app runs it: the built worker script, a new thread first.
const chunks = path.resolve(import.meta.dirname, '../../out/main/chunks');
const script = readdirSync(chunks).find((name) => name.startsWith('pages-worker'));
if (!script) throw new Error('out/main has no pages worker: run npm run build');
const runner = workerPagesRunner(path.join(chunks, script));
let started = performance.now();
const first = await runner.layout(request);
const cold = performance.now() - started;
const warm: number[] = [];
for (let run = 0; run < RUNS; run++) {
  started = performance.now();
  await runner.layout(request);
  warm.push(performance.now() - started);
}
const items = first.model.pages.reduce((sum, page) => sum + page.items.length, 0);
console.log(`pages of the example: ${first.model.pages.length}, ${items} items, page model ${kb(JSON.stringify(first.model).length)} as JSON`);
console.log(`layout in a new worker thread (the first preview): ${cold.toFixed(0)} ms`);
console.log(`layout in the warm worker thread (each update): median ${median(warm).toFixed(0)} ms  [${list(warm)}]`);

// 2. The PDF from the pages (in-process; the app does it in the same worker).
const pdfTimes: number[] = [];
let pdfBytes = 0;
for (let run = 0; run < 3; run++) {
  started = performance.now();
  pdfBytes = (await writePdf(first.model, first.media, { author: 'Amina Mwero', subject: 'Progress report', keywords: '', createdAt: new Date() })).byteLength;
  pdfTimes.push(performance.now() - started);
}
started = performance.now();
const pdfInWorker = await runner.pdf(request);
console.log(`PDF written from the pages: median ${median(pdfTimes).toFixed(0)} ms  [${list(pdfTimes)}], ${kb(pdfBytes)}; layout + PDF in the warm worker: ${(performance.now() - started).toFixed(0)} ms (${kb(pdfInWorker.bytes.byteLength)})`);

// 3. The Preview step in Chromium, with the real handlers (the E2E harness).
const backend = await createTestServices();
const renderer = await serveRenderer(path.resolve(import.meta.dirname, '../../out/renderer'));
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const drafts = backend.services.drafts;
  if (!drafts) throw new Error('the bench services have a drafts store');
  for (const [id, bytes] of example.photos) await drafts.attachments.addKnown(id, bytes, `${id.slice(0, 8)}.png`, 'image/png');
  await drafts.store.put(example.report);
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  const dispatch = createDispatcher(createHandlers(backend.services), createTrustedSenderCheck(renderer.url));
  await page.exposeBinding('__ripotiInvoke', (source, channel: string, args: unknown) => dispatch(channel, args, source.frame.url()));
  await page.addInitScript({ content: await bridgeScript() });
  const opens: { firstPage: number; received: number; allPages: number }[] = [];
  for (let run = 0; run < 3; run++) {
    await page.goto(`${renderer.url}/index.html#/reports/${example.report.id}/review`);
    await page.getByRole('heading', { level: 2, name: 'Review and finalise' }).waitFor();
    const timing = await page.evaluate(async (reportId) => {
      performance.clearMarks();
      const startedAt = performance.now();
      window.location.hash = `#/reports/${reportId}/preview`;
      // (No named helper here: the bundler would wrap it in a __name() the page does not have.)
      while (!document.querySelector('#preview-page-1 svg text')) await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const firstPage = performance.now() - startedAt;
      const received = (performance.getEntriesByName('ripoti:preview-pages-received')[0]?.startTime ?? startedAt) - startedAt;
      const sheets = [...document.querySelectorAll('.preview-page')];
      for (const sheet of sheets) {
        sheet.scrollIntoView();
        while (!sheet.querySelector('svg text')) await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return { firstPage, received, allPages: performance.now() - startedAt };
    }, example.report.id);
    opens.push(timing);
  }
  const client = await page.context().newCDPSession(page);
  await client.send('HeapProfiler.collectGarbage');
  const heap = (await client.send('Runtime.getHeapUsage')) as { usedSize: number };
  const drawn = await page.locator('.preview-page[data-drawn]').count();
  const pages = await page.locator('.preview-page').count();
  console.log(`Preview step, opening to the first page drawn: median ${median(opens.map((open) => open.firstPage)).toFixed(0)} ms  [${list(opens.map((open) => open.firstPage))}]`);
  console.log(`  of which waiting for the pages (main, and the harness's transport: Playwright's JSON, not Electron's IPC): [${list(opens.map((open) => open.received))}] ms; drawing the first page after they came: [${list(opens.map((open) => open.firstPage - open.received))}] ms`);
  console.log(`Preview step, opening to all ${pages} pages drawn (scrolled through one by one): median ${median(opens.map((open) => open.allPages)).toFixed(0)} ms  [${list(opens.map((open) => open.allPages))}]`);
  console.log(`after scrolling through: ${drawn} of ${pages} pages drawn (the rest are empty sheets), JS heap ${(heap.usedSize / 1024 / 1024).toFixed(1)} MB`);
} finally {
  await browser.close();
  await renderer.close();
  await backend.dispose();
}

// 4. Prepare for sending: 20 camera photos (1600 × 1200, about 600 KB each), 5 MB.
const heavy = exampleReport(framework, { photoCount: 20 });
const heavyRequest: ExportRequest = {
  report: heavy.report,
  framework,
  options: { ...defaultExportOptions, mode: 'final' },
  photos: new Map([...heavy.photos.keys()].map((id, index) => [id, { name: `IMG_${2041 + index}.jpg`, bytes: cameraPhoto(index) }])),
  exportedAt: '2026-11-20T08:00:00.000Z',
};
const plainDocx = (await buildDocx(heavyRequest)).bytes.byteLength;
const folder = await mkdtemp(path.join(tmpdir(), 'ripoti-bench-sending-'));
try {
  started = performance.now();
  const sent = await prepareSending({ request: heavyRequest, limitBytes: 5 * 1024 * 1024, folder, baseName: 'report', docx: inProcessExportRunner, pages: inProcessPagesRunner });
  const took = performance.now() - started;
  console.log(`Prepare for sending, 20 photos: the Word file alone was ${kb(plainDocx)}; now ${sent.files.map((file) => `${file.name} ${kb(file.byteLength)}`).join(', ')} = ${kb(sent.totalBytes)} (limit 5120 KB, fits: ${sent.fits}) in ${(took / 1000).toFixed(1)} s`);
  console.log(`photos saved at quality ${sent.setting?.quality ?? '-'}, long side ${sent.setting?.longSide ?? '-'} px; smallest long side ${Math.min(...sent.photos.map((photo) => photo.after.longSide))} px; photo bytes ${kb(sent.photos.reduce((sum, photo) => sum + photo.before.bytes, 0))} → ${kb(sent.photos.reduce((sum, photo) => sum + photo.after.bytes, 0))}`);
} finally {
  await rm(folder, { recursive: true, force: true });
}
console.log(`maxRSS of the bench process: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
