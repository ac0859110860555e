/**
 * The Preview step, the PDF and Prepare for sending, on the full example (43 Key Features
 * × 500 words, 20 photos, a chart under every measures table), with the work in the app's
 * threads (the built worker scripts):
 * (1) laying the pages out in the pages thread (a new thread, then warm), the page model's size;
 * (2) the PDF as an export of the PDF kind in the export thread, and writing it alone;
 * (3) in Debian's Chromium with the built renderer and the real handlers: from opening the step
 *     to the first page drawn and to every page drawn once (scrolled through), (a) on pages laid
 *     out ahead (the report opened, then the step) and (b) right after a save (the layout not yet
 *     made), each split into waiting for main and drawing; the JS heap and how many pages stay drawn;
 * (4) Prepare for sending on a 20-photo report of about 16 MB with a 5 MB limit, split by step.
 * Prints figures; asserts nothing about time.
 */
import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { createDispatcher } from '../../electron/main/ipc/dispatcher';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { createTrustedSenderCheck } from '../../electron/main/security/trusted-sender';
import { buildDocx } from '../../electron/main/services/export/build-docx';
import { exampleReport } from '../../electron/main/services/export/example/example-report';
import type { ExportRequest } from '../../electron/main/services/export/export-request';
import { photoFitter } from '../../electron/main/services/export/images/photo-worker/photo-thread';
import { prepareSending } from '../../electron/main/services/export/package/prepare-sending';
import { layOutReportPages } from '../../electron/main/services/export/pages/lay-out-report-pages';
import { writePdf } from '../../electron/main/services/export/pdf/write-pdf';
import { workerPagesRunner } from '../../electron/main/services/export/preview/worker-pages-runner';
import { workerExportRunner } from '../../electron/main/services/export/worker/worker-export-runner';
import { bundledFramework } from '../../shared/framework/load';
import { defaultExportOptions } from '../../shared/ipc/channels/export';
import { defaultPreviewOptions } from '../../shared/ipc/channels/preview';
import { bridgeScript } from '../e2e/harness/bridge-script';
import { chromiumLaunchOptions } from '../e2e/harness/chromium';
import { serveRenderer } from '../e2e/harness/static-server';
import { createTestServices } from '../e2e/harness/test-services';
import { cameraPhoto } from '../fixtures/photos/camera-photos';
import { median } from './statistics';

const RUNS = 5;
const framework = bundledFramework();
const list = (values: readonly number[]) => values.map((value) => value.toFixed(0)).join(', ');
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');
console.log(`load average at the start (1, 5, 15 min): ${load()}`);

const example = exampleReport(framework);
const request: ExportRequest = {
  report: example.report,
  framework,
  options: defaultExportOptions,
  photos: new Map([...example.photos].map(([id, bytes]) => [id, { name: id, bytes }])),
  exportedAt: '2026-11-01T09:00:00.000Z',
};

/** A thread's script as `npm run build` emitted it. */
function builtScript(prefix: string): string {
  const chunks = path.resolve(import.meta.dirname, '../../out/main/chunks');
  const script = readdirSync(chunks).find((name) => name.startsWith(prefix));
  if (!script) throw new Error(`out/main has no ${prefix}: run npm run build`);
  return path.join(chunks, script);
}
const threads = {
  pagesRunner: workerPagesRunner(builtScript('pages-worker')),
  runner: workerExportRunner({ script: builtScript('export-worker'), keepWarmMs: 60_000 }),
  photoWorker: builtScript('photo-worker'),
};

// 1. The layout, as the app runs it: a new thread first, then the warm one.
let started = performance.now();
const first = await threads.pagesRunner(request);
const cold = performance.now() - started;
const warm: number[] = [];
for (let run = 0; run < RUNS; run++) {
  started = performance.now();
  await threads.pagesRunner(request);
  warm.push(performance.now() - started);
}
const items = first.model.pages.reduce((sum, page) => sum + page.items.length, 0);
console.log(
  `pages of the example: ${first.model.pages.length}, ${items} items, page model ${kb(JSON.stringify(first.model).length)} as JSON`,
);
console.log(
  `layout in a new pages thread: ${cold.toFixed(0)} ms; in the warm thread: median ${median(warm).toFixed(0)} ms  [${list(warm)}]`,
);

// 2. The PDF: an export of the PDF kind in the export thread (layout + writing), and writing alone in-process.
const pdfExports: number[] = [];
let pdfBytes = 0;
for (let run = 0; run < 3; run++) {
  started = performance.now();
  pdfBytes = (await threads.runner({ ...request, options: { ...request.options, format: 'pdf' } }, () => undefined))
    .bytes.byteLength;
  pdfExports.push(performance.now() - started);
}
const laidHere = await layOutReportPages(request);
const writing: number[] = [];
for (let run = 0; run < 3; run++) {
  started = performance.now();
  await writePdf(laidHere.model, laidHere.media, {
    author: 'Amina Mwero',
    subject: 'Progress report',
    keywords: '',
    createdAt: new Date(),
  });
  writing.push(performance.now() - started);
}
console.log(
  `PDF export in the export thread (first is a new thread): [${list(pdfExports)}] ms, ${kb(pdfBytes)}; writing the PDF from laid-out pages: median ${median(writing).toFixed(0)} ms  [${list(writing)}]`,
);

// 3. The Preview step in Chromium, with the real handlers and the app's threads.
const backend = await createTestServices({ export: threads });
const renderer = await serveRenderer(path.resolve(import.meta.dirname, '../../out/renderer'));
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const drafts = backend.services.drafts;
  if (!drafts) throw new Error('the bench services have a drafts store');
  for (const [id, bytes] of example.photos)
    await drafts.attachments.addKnown(id, bytes, `${id.slice(0, 8)}.png`, 'image/png');
  await drafts.store.put(example.report);
  const reportId = example.report.id;
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  const dispatch = createDispatcher(createHandlers(backend.services), createTrustedSenderCheck(renderer.url));
  await page.exposeBinding('__ripotiInvoke', (source, channel: string, args: unknown) =>
    dispatch(channel, args, source.frame.url()),
  );
  await page.addInitScript({ content: await bridgeScript() });
  const openPreview = () =>
    page.evaluate(async (id) => {
      performance.clearMarks();
      const startedAt = performance.now();
      window.location.hash = `#/reports/${id}/preview`;
      // (No named helper here: the bundler would wrap it in a __name() the page does not have.)
      while (!document.querySelector('#preview-page-1 svg text'))
        await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const firstPage = performance.now() - startedAt;
      const received =
        (performance.getEntriesByName('ripoti:preview-pages-received')[0]?.startTime ?? startedAt) - startedAt;
      for (const sheet of document.querySelectorAll('.preview-page')) {
        sheet.scrollIntoView();
        while (!sheet.querySelector('svg text')) await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return { firstPage, received, allPages: performance.now() - startedAt };
    }, reportId);
  const openReview = async () => {
    await page.goto(`${renderer.url}/index.html#/reports/${reportId}/review`);
    await page.getByRole('heading', { level: 2, name: 'Review and finalise' }).waitFor();
  };
  const ahead: Awaited<ReturnType<typeof openPreview>>[] = [];
  const afterSave: Awaited<ReturnType<typeof openPreview>>[] = [];
  const options = defaultPreviewOptions(example.report.language);
  for (let run = 0; run < 3; run++) {
    // (a) The report opened (the editor asks main to lay it out ahead); the officer reads Review, then opens the step.
    await openReview();
    await backend.services.previews.pages(reportId, options);
    ahead.push(await openPreview());
    // (b) A save lands just before the step opens: its layout is not made yet.
    await openReview();
    const saved = await backend.services.reports.get(reportId);
    const section = saved.sections['1.1.1'];
    if (!section) throw new Error('the example has 1.1.1');
    await backend.services.reports.updateSection(reportId, '1.1.1', {
      ...section,
      narrative: `${section.narrative} Edit ${run}.`,
    });
    afterSave.push(await openPreview());
  }
  const client = await page.context().newCDPSession(page);
  await client.send('HeapProfiler.collectGarbage');
  const heap = (await client.send('Runtime.getHeapUsage')) as { usedSize: number };
  const drawn = await page.locator('.preview-page[data-drawn]').count();
  const pages = await page.locator('.preview-page').count();
  for (const [label, opens] of [
    ['pages laid out ahead (report opened, then the step)', ahead],
    ['right after a save (the layout made while the step waits)', afterSave],
  ] as const) {
    console.log(`Preview step, ${label}:`);
    console.log(
      `  opening to the first page drawn: median ${median(opens.map((open) => open.firstPage)).toFixed(0)} ms  [${list(opens.map((open) => open.firstPage))}]`,
    );
    console.log(
      `    of which waiting for the outline and first pages (main, and the harness's JSON transport): [${list(opens.map((open) => open.received))}] ms; drawing: [${list(opens.map((open) => open.firstPage - open.received))}] ms`,
    );
    console.log(
      `  opening to all ${pages} pages drawn (scrolled through one by one): median ${median(opens.map((open) => open.allPages)).toFixed(0)} ms  [${list(opens.map((open) => open.allPages))}]`,
    );
  }
  console.log(
    `after scrolling through: ${drawn} of ${pages} pages drawn (the rest are empty sheets), JS heap ${(heap.usedSize / 1024 / 1024).toFixed(1)} MB`,
  );
} finally {
  await browser.close();
  await renderer.close();
  await backend.dispose();
}

// 4. Prepare for sending: 20 camera photos (1600 × 1200, about 800 KB each), 5 MB, in the app's threads.
const heavy = exampleReport(framework, { photoCount: 20 });
const heavyRequest: ExportRequest = {
  report: heavy.report,
  framework,
  options: { ...defaultExportOptions, mode: 'final' },
  photos: new Map(
    [...heavy.photos.keys()].map((id, index) => [id, { name: `IMG_${2041 + index}.jpg`, bytes: cameraPhoto(index) }]),
  ),
  exportedAt: '2026-11-20T08:00:00.000Z',
};
const plainDocx = (await buildDocx(heavyRequest)).bytes.byteLength;
const folder = await mkdtemp(path.join(tmpdir(), 'ripoti-bench-sending-'));
try {
  const steps = new Map<string, number>();
  let step = 'start';
  let stepStarted = performance.now();
  started = stepStarted;
  const sent = await prepareSending({
    request: heavyRequest,
    limitBytes: 5 * 1024 * 1024,
    folder,
    baseName: 'report',
    runner: threads.runner,
    fitPhoto: photoFitter({ script: threads.photoWorker }),
    progress: (progress) => {
      const code = progress.step.code;
      if (code === step) return;
      steps.set(step, (steps.get(step) ?? 0) + performance.now() - stepStarted);
      step = code;
      stepStarted = performance.now();
    },
  });
  steps.set(step, (steps.get(step) ?? 0) + performance.now() - stepStarted);
  const took = performance.now() - started;
  const qualities = [...new Set(sent.photos.map((photo) => photo.after.quality))].sort((a, b) => b - a);
  console.log(
    `Prepare for sending, 20 photos: the Word file alone was ${kb(plainDocx)}; now ${sent.files.map((file) => `${file.name} ${kb(file.byteLength)}`).join(', ')} = ${kb(sent.totalBytes)} (limit 5120 KB, fits: ${sent.fits}) in ${(took / 1000).toFixed(1)} s`,
  );
  console.log(
    `  by step: ${[...steps]
      .filter(([code]) => code !== 'start')
      .map(([code, ms]) => `${code} ${(ms / 1000).toFixed(1)} s`)
      .join(', ')}`,
  );
  console.log(
    `  photos at quality ${qualities.join('/')}; long sides ${Math.min(...sent.photos.map((photo) => photo.after.longSide))}–${Math.max(...sent.photos.map((photo) => photo.after.longSide))} px; photo bytes ${kb(sent.photos.reduce((sum, photo) => sum + photo.before.bytes, 0))} → ${kb(sent.photos.reduce((sum, photo) => sum + photo.after.bytes, 0))}`,
  );
} finally {
  await rm(folder, { recursive: true, force: true });
}
console.log(`load average at the end (1, 5, 15 min): ${load()}`);
console.log(`maxRSS of the bench process: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
// The pages thread is kept for the app's life and the photo thread rests unref'd; nothing else holds the bench.
process.exit(0);
