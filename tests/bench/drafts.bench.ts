/**
 * Keystroke-to-durable latency and bytes written per edit for a report with 43 filled sections
 * and 20 photos, against a bare write+fsync of the same bytes and a whole-report durable rewrite.
 * Prints figures; asserts nothing about time.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jpeg from 'jpeg-js';
import { AttachmentStore } from '../../electron/main/services/attachments/attachment-store';
import { DraftStore } from '../../electron/main/services/drafts/draft-store';
import { writeFileDurably } from '../../electron/main/services/drafts/durable-file';
import { bundledFramework } from '../../shared/framework/load';
import { createReport } from '../../shared/report/create';
import type { Report } from '../../shared/report/schema';
import { percentile } from './statistics';

const EDITS = 300;
const words = (n: number, seed: number) => Array.from({ length: n }, (_, i) => `word${(i * 7 + seed) % 97}`).join(' ');

/** Bytes this process handed to write(2), from the kernel's own counter. */
async function bytesWritten(): Promise<number> {
  const io = await readFile('/proc/self/io', 'utf8');
  return Number(/wchar: (\d+)/.exec(io)?.[1] ?? NaN);
}

function photo(seed: number): Buffer {
  const width = 1200;
  const height = 900;
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < data.length; i += 4) data.set([(i + seed) % 251, (i >> 8) % 253, seed * 11, 255], i);
  return jpeg.encode({ width, height, data }, 75).data;
}

const dataDir = await mkdtemp(path.join(tmpdir(), 'ripoti-bench-'));
try {
  const store = await DraftStore.open(dataDir);
  const attachments = new AttachmentStore(dataDir);
  const now = new Date().toISOString();
  let report: Report = createReport(bundledFramework(), { id: randomUUID(), now, title: 'Bench county' });
  const featureIds = Object.keys(report.sections);
  for (const [index, id] of featureIds.entries()) {
    const section = report.sections[id];
    if (section)
      report.sections[id] = {
        ...section,
        status: 'in-progress',
        narrative: words(500, index),
        actions: words(150, index + 1),
        challenges: words(100, index + 2),
        nextSteps: words(100, index + 3),
      };
  }
  await store.put(report);
  for (let i = 0; i < 20; i += 1) {
    const added = await attachments.add({ fileName: `photo-${i}.jpg`, mediaType: 'image/jpeg', bytes: photo(i) });
    await store.addAttachment(report.id, added);
  }
  report = await store.get(report.id);
  const reportBytes = Buffer.byteLength(JSON.stringify(report));
  const sectionBytes = Buffer.byteLength(JSON.stringify(report.sections[featureIds[0] ?? '']));

  // Typing: each save carries one more character in one section's narrative.
  const latencies: number[] = [];
  const before = await bytesWritten();
  for (let i = 0; i < EDITS; i += 1) {
    const id = featureIds[i % 5] ?? '';
    const current = report.sections[id];
    if (!current) throw new Error('missing section');
    const section = {
      ...current,
      narrative: `${current.narrative}${String.fromCharCode(97 + (i % 26))}`,
      updatedAt: new Date().toISOString(),
    };
    report = { ...report, sections: { ...report.sections, [id]: section } };
    const start = performance.now();
    await store.updateSection(report.id, id, section, section.updatedAt);
    latencies.push(performance.now() - start);
  }
  const perEdit = ((await bytesWritten()) - before) / EDITS;

  // Baseline 1: a bare write + fsync of the same number of bytes (no temp file, no rename).
  const bare: number[] = [];
  const handle = await open(path.join(dataDir, 'bare.bin'), 'w');
  const chunk = Buffer.alloc(Math.round(perEdit), 120);
  for (let i = 0; i < EDITS; i += 1) {
    const start = performance.now();
    await handle.write(chunk, 0, chunk.length, 0);
    await handle.sync();
    bare.push(performance.now() - start);
  }
  await handle.close();
  // Baseline 1b: appending the same bytes + fsync (the file grows, as the journal does).
  const bareAppend: number[] = [];
  const appendHandle = await open(path.join(dataDir, 'bare-append.bin'), 'a');
  for (let i = 0; i < EDITS; i += 1) {
    const start = performance.now();
    await appendHandle.write(chunk);
    await appendHandle.sync();
    bareAppend.push(performance.now() - start);
  }
  await appendHandle.close();

  // Baseline 2: rewriting the whole report durably on every keystroke (what a naive store does).
  const whole: number[] = [];
  const wholeBytes = Buffer.from(JSON.stringify(report));
  for (let i = 0; i < 50; i += 1) {
    const start = performance.now();
    await writeFileDurably(path.join(dataDir, 'whole.json'), wholeBytes);
    whole.push(performance.now() - start);
  }

  const ms = (value: number) => `${value.toFixed(2)} ms`;
  console.log(
    `report: ${featureIds.length} filled sections, 20 photos; report JSON ${(reportBytes / 1024).toFixed(1)} KiB, one section ${(sectionBytes / 1024).toFixed(1)} KiB`,
  );
  console.log(
    `keystroke -> durable (DraftStore.updateSection, ${EDITS} edits): median ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, max ${ms(Math.max(...latencies))}`,
  );
  console.log(
    `bytes written per edit (kernel wchar, compaction included): ${perEdit.toFixed(0)} B = ${(perEdit / sectionBytes).toFixed(2)} x one section, ${(perEdit / reportBytes).toFixed(3)} x the whole report`,
  );
  console.log(
    `bare write+fsync of ${chunk.length} B: median ${ms(percentile(bare, 50))}, p95 ${ms(percentile(bare, 95))}`,
  );
  console.log(
    `bare append+fsync of ${chunk.length} B: median ${ms(percentile(bareAppend, 50))}, p95 ${ms(percentile(bareAppend, 95))}`,
  );
  console.log(
    `ratio DraftStore / bare fsync (median): ${(percentile(latencies, 50) / percentile(bare, 50)).toFixed(2)} (overwrite), ${(percentile(latencies, 50) / percentile(bareAppend, 50)).toFixed(2)} (append)`,
  );
  console.log(
    `whole-report durable rewrite (${(wholeBytes.length / 1024).toFixed(1)} KiB) for comparison: median ${ms(percentile(whole, 50))}; ratio DraftStore / whole rewrite ${(percentile(latencies, 50) / percentile(whole, 50)).toFixed(2)}`,
  );
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
