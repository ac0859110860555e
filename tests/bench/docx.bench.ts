import JSZip from 'jszip';
import { Packer } from 'docx';
import { buildDocx } from '../../electron/main/services/export/build-docx';
import { buildReportDocument } from '../../electron/main/services/export/document/build-report-document';
import { exampleReport } from '../../electron/main/services/export/example/example-report';
import { prepareImage } from '../../electron/main/services/export/images/prepare-image';
import { bundledFramework } from '../../shared/framework/load';
import { defaultExportOptions } from '../../shared/ipc/channels/export';

/**
 * Word export of the full example report (43 Key Features × ~500 words, measures tables,
 * 20 photos), against the floor: zipping the very same XML parts and photos, which any .docx
 * writer has to do. Prints medians of several runs, the ratio, and peak memory.
 */
const RUNS = 5;
const framework = bundledFramework();
const example = exampleReport(framework, { wordsPerFeature: 500, photoCount: 20 });
const photos = new Map([...example.photos].map(([id, bytes]) => [id, { name: id, bytes }]));
const request = { report: example.report, framework, options: defaultExportOptions, photos, exportedAt: '2026-11-01T09:00:00.000Z' };

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function timed(run: () => Promise<unknown>): Promise<number[]> {
  await run(); // warm-up: JIT and the layout's width tables
  const times: number[] = [];
  for (let index = 0; index < RUNS; index++) {
    globalThis.gc?.();
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times;
}

const output = await buildDocx(request);
const zip = await JSZip.loadAsync(output.bytes);
const parts = await Promise.all(Object.values(zip.files).filter((file) => !file.dir).map(async (file) => [file.name, await file.async('uint8array')] as const));

const exportTimes = await timed(() => buildDocx(request));
const withoutLayout = await timed(() => {
  const images = new Map([...photos].map(([id, photo]) => [id, prepareImage(photo.name, photo.bytes)]));
  return Packer.toBuffer(buildReportDocument({ ...request, images, exportedAt: new Date(request.exportedAt) }));
});
const zipTimes = await timed(() => {
  const again = new JSZip();
  for (const [name, bytes] of parts) again.file(name, bytes);
  return again.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
});
clearInterval(sampler);

const exportMs = median(exportTimes);
const zipMs = median(zipTimes);
const words = Object.values(example.report.sections).reduce((sum, section) => sum + section.narrative.split(/\s+/).length, 0);
console.log(`report: ${Object.keys(example.report.sections).length} Key Features, ${words} narrative words, ${photos.size} photos, ${(output.bytes.byteLength / 1024).toFixed(0)} KB .docx`);
console.log(`export (with page-number layout): median ${exportMs.toFixed(0)} ms  [${exportTimes.map((time) => time.toFixed(0)).join(', ')}]`);
console.log(`export without page-number layout: median ${median(withoutLayout).toFixed(0)} ms`);
console.log(`zip floor (same ${parts.length} parts, deflate): median ${zipMs.toFixed(0)} ms`);
console.log(`ratio export / zip floor: ${(exportMs / zipMs).toFixed(1)}x  (goal: < 1000 ms and <= 3x)`);
console.log(`peak memory: rss ${(peakRss / 1024 / 1024).toFixed(0)} MB sampled, maxRSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
