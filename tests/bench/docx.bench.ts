import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Packer, type EstimatedPageNumbers, type IContext, type IXmlableObject } from 'docx';
import { zipSync } from 'fflate';
import JSZip from 'jszip';
import { buildDocx } from '../../electron/main/services/export/build-docx';
import { buildReportDocument } from '../../electron/main/services/export/document/build-report-document';
import { exampleReport } from '../../electron/main/services/export/example/example-report';
import type { ExportRequest } from '../../electron/main/services/export/export-request';
import { prepareImage } from '../../electron/main/services/export/images/prepare-image';
import { workerExportRunner } from '../../electron/main/services/export/worker/worker-export-runner';
import { estimateReportPages } from '../../electron/main/services/export/page-layout/estimate-report-pages';
import { bundledFramework } from '../../shared/framework/load';
import { defaultExportOptions } from '../../shared/ipc/channels/export';
import { median } from './statistics';

/**
 * Word export of the full example report (43 Key Features × ~500 words, measures tables,
 * 20 photos), against the floor: zipping the very same parts, which any .docx writer has to
 * do. Two floors: fflate, the zipper docx itself bundles (the honest one: what is left when
 * nothing but zipping is done), and JSZip, the common alternative. Every step is timed
 * synchronously in one process, medians of several runs after a warm-up; the machine's speed
 * drifts, so compare figures of one run with each other.
 */
const RUNS = 7;
const framework = bundledFramework();
const example = exampleReport(framework, { wordsPerFeature: 500, photoCount: 20 });
const photos = new Map([...example.photos].map(([id, bytes]) => [id, { name: id, bytes }]));
const request: ExportRequest = { report: example.report, framework, options: defaultExportOptions, photos, exportedAt: '2026-11-01T09:00:00.000Z' };

const list = (values: readonly number[]): string => values.map((value) => value.toFixed(0)).join(', ');

async function timed(run: () => unknown): Promise<number[]> {
  await run(); // warm-up: JIT
  const times: number[] = [];
  for (let index = 0; index < RUNS; index++) {
    globalThis.gc?.();
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times;
}

const maxRssBefore = process.resourceUsage().maxRSS;
const output = await buildDocx(request);
const zip = await JSZip.loadAsync(output.bytes);
const parts = await Promise.all(Object.values(zip.files).filter((file) => !file.dir).map(async (file) => [file.name, await file.async('uint8array')] as const));
const partBytes = parts.reduce((sum, [, bytes]) => sum + bytes.byteLength, 0);

const exportTimes = await timed(() => buildDocx(request));
const images = new Map([...photos].map(([id, photo]) => [id, prepareImage(photo.name, photo.bytes)]));
const documentInput = { ...request, images, exportedAt: new Date(request.exportedAt) };
const withoutPageNumbers = await timed(() => Packer.toBuffer(buildReportDocument(documentInput)));

// The page-number layout alone, on the body docx hands it.
let captured: { body: IXmlableObject; context: IContext } | undefined;
const capture = (body: IXmlableObject, context: IContext): EstimatedPageNumbers => {
  captured = { body, context };
  return estimateReportPages(body, context);
};
await Packer.toBuffer(buildReportDocument({ ...documentInput, pageNumbers: capture }));
const layoutTimes = await timed(() => captured && estimateReportPages(captured.body, captured.context));

const fflateTimes = await timed(() => zipSync(Object.fromEntries(parts), { level: 6 }));
const jszipTimes = await timed(() => {
  const again = new JSZip();
  for (const [name, bytes] of parts) again.file(name, bytes);
  return again.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
});
const maxRssAfter = process.resourceUsage().maxRSS;

// As the app runs it: the worker runner on the built worker script. The first export starts a
// thread (load, cold JIT); the next ones find that thread warm.
const chunks = path.resolve(import.meta.dirname, '../../out/main/chunks');
const workerScript = readdirSync(chunks).find((name) => name.startsWith('export-worker'));
if (!workerScript) throw new Error('out/main has no export worker: run npm run build');
const appRunner = workerExportRunner({ script: path.join(chunks, workerScript), keepWarmMs: 60_000 });
async function exportInWorker(): Promise<number> {
  const started = performance.now();
  await appRunner(request, () => undefined);
  return performance.now() - started;
}
const coldTimes = [await exportInWorker()];
const warmTimes: number[] = [];
for (let index = 0; index < RUNS; index++) warmTimes.push(await exportInWorker());
const freshRunner = workerExportRunner({ script: path.join(chunks, workerScript) });
for (let index = 0; index < 4; index++) {
  const started = performance.now();
  await freshRunner(request, () => undefined);
  coldTimes.push(performance.now() - started);
}

// A pasted book: one Key Feature's narrative of 1 MB.
const [firstId, firstSection] = Object.entries(example.report.sections)[0] ?? [];
const pasted = 'The county learning festival reached every ward, and the facilitators kept their registers. '.repeat(11_000).slice(0, 1_000_000);
const bookRequest: ExportRequest =
  firstId && firstSection ? { ...request, report: { ...example.report, sections: { ...example.report.sections, [firstId]: { ...firstSection, narrative: pasted } } } } : request;
const bookTimes = await timed(() => buildDocx(bookRequest));

const exportMs = median(exportTimes);
const fflateMs = median(fflateTimes);
const jszipMs = median(jszipTimes);
const words = Object.values(example.report.sections).reduce((sum, section) => sum + section.narrative.split(/\s+/).length, 0);
console.log(`report: ${Object.keys(example.report.sections).length} Key Features, ${words} narrative words, ${photos.size} photos; .docx ${(output.bytes.byteLength / 1024).toFixed(0)} KB (${parts.length} parts, ${(partBytes / 1024).toFixed(0)} KB unzipped)`);
console.log(`export, page numbers included: median ${exportMs.toFixed(0)} ms  [${list(exportTimes)}]`);
console.log(`  page-number layout alone: median ${median(layoutTimes).toFixed(1)} ms  [${list(layoutTimes)}]`);
console.log(`  docx without page numbers: median ${median(withoutPageNumbers).toFixed(0)} ms  [${list(withoutPageNumbers)}]`);
console.log(`zip floor, fflate (the zipper inside docx), same parts: median ${fflateMs.toFixed(0)} ms  [${list(fflateTimes)}]`);
console.log(`zip floor, JSZip, same parts: median ${jszipMs.toFixed(0)} ms  [${list(jszipTimes)}]`);
console.log(`ratio export / fflate floor: ${(exportMs / fflateMs).toFixed(1)}x;  export / JSZip floor: ${(exportMs / jszipMs).toFixed(1)}x  (goal: < 1000 ms and <= 3x)`);
console.log(`export in a new worker thread, as the app's first export (thread start, module load, cold JIT): median ${median(coldTimes).toFixed(0)} ms  [${list(coldTimes)}]`);
console.log(`export in the warm worker thread, as the app's next exports within 3 minutes: median ${median(warmTimes).toFixed(0)} ms  [${list(warmTimes)}]`);
console.log(`export with a 1 MB pasted narrative: median ${median(bookTimes).toFixed(0)} ms  [${list(bookTimes)}]`);
console.log(`peak memory (maxRSS): ${(maxRssBefore / 1024).toFixed(0)} MB after building the example, ${(maxRssAfter / 1024).toFixed(0)} MB after the exports`);
