import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { systemClock } from '../../electron/main/services/clock';
import { openDraftServices } from '../../electron/main/services/drafts/draft-services';
import { buildDocx } from '../../electron/main/services/export/build-docx';
import { exampleReport } from '../../electron/main/services/export/example/example-report';
import { WordImportService } from '../../electron/main/services/word-import/word-import-service';
import { allAreas, allKeyFeatures, bundledFramework } from '../../shared/framework/load';
import { defaultExportOptions } from '../../shared/ipc/channels/export';
import type { WordImportPreview } from '../../shared/ipc/channels/word-import';

/**
 * `npm run bench -- word-in`: "Import from Word…" on the example report's own .docx (the
 * 77-page report `npm run report -- example` writes) and on a ~300-page one. For each, in a
 * process of its own: the time from the file's bytes (as base64, the way they cross IPC) to
 * the mapping screen's data, cold (the first import after start-up) and warm (median of
 * further runs), and the process's peak memory. Then how many of the 60 headings were mapped
 * to the right place with no help, and whether every text field comes back identical after
 * export → import. LibreOffice, when installed, counts the pages and re-saves the report for
 * a second mapping figure.
 */
const WARM_RUNS = 5;
const framework = bundledFramework();

interface Measured {
  readonly coldMs: number;
  readonly warmMs: number[];
  /** CPU time of the same runs (user + system): what they cost on an idle machine, whatever else runs. */
  readonly coldCpuMs: number;
  readonly warmCpuMs: number[];
  readonly peakRssMb: number;
  readonly parts: number;
}

async function measureInThisProcess(file: string): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ripoti-bench-wordin-'));
  const drafts = await openDraftServices(dir, {
    appVersion: 'bench',
    framework,
    clock: systemClock,
    historyIntervalMinutes: () => 10,
  });
  const service = new WordImportService(framework, drafts, systemClock);
  const base64 = readFileSync(file).toString('base64');
  const once = async (): Promise<{ ms: number; cpuMs: number; parts: number }> => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const result = await service.preview(path.basename(file), Buffer.from(base64, 'base64'));
    const ms = performance.now() - started;
    const used = process.cpuUsage(cpu);
    if (result.status !== 'ready') throw new Error(result.message);
    return { ms, cpuMs: (used.user + used.system) / 1000, parts: result.preview.parts.length };
  };
  const cold = await once();
  const warm: { ms: number; cpuMs: number }[] = [];
  for (let run = 0; run < WARM_RUNS; run++) {
    globalThis.gc?.();
    warm.push(await once());
  }
  const measured: Measured = {
    coldMs: cold.ms,
    warmMs: warm.map((run) => run.ms),
    coldCpuMs: cold.cpuMs,
    warmCpuMs: warm.map((run) => run.cpuMs),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    parts: cold.parts,
  };
  console.log(JSON.stringify(measured));
  rmSync(dir, { recursive: true, force: true });
}

function measureInChild(file: string): Measured {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--expose-gc', import.meta.filename, '--measure', file],
    { encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(child.stderr);
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as Measured;
}

async function writeExample(file: string, wordsPerFeature: number): Promise<ReturnType<typeof exampleReport>> {
  const example = exampleReport(framework, { wordsPerFeature, photoCount: 20 });
  const photos = new Map([...example.photos].map(([id, bytes]) => [id, { name: id, bytes }]));
  writeFileSync(
    file,
    (
      await buildDocx({
        report: example.report,
        framework,
        options: defaultExportOptions,
        photos,
        exportedAt: '2026-11-01T09:00:00.000Z',
      })
    ).bytes,
  );
  return example;
}

/**
 * The largest document Ripoti reads: the example's body repeated until its XML is just under
 * the 10 MB limit. Its time and memory are the bound a hostile or huge file can cost.
 */
function writeAtTheLimit(source: string, file: string): number {
  const parts = unzipSync(readFileSync(source));
  const xml = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
  const start = xml.indexOf('<w:body>') + '<w:body>'.length;
  const end = xml.lastIndexOf('<w:sectPr');
  const body = xml.slice(start, end);
  const copies = Math.floor((9.5 * 1024 * 1024 - (xml.length - body.length)) / body.length);
  parts['word/document.xml'] = strToU8(xml.slice(0, start) + body.repeat(copies) + xml.slice(end));
  writeFileSync(file, zipSync(parts));
  return parts['word/document.xml'].byteLength;
}

function pagesWithLibreOffice(file: string, profile: string): number | null {
  try {
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${profile}`,
        '--convert-to',
        'pdf',
        '--outdir',
        path.dirname(file),
        file,
      ],
      { stdio: 'ignore', timeout: 600_000 },
    );
    return Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file.replace(/\.docx$/, '.pdf')], { encoding: 'utf8' }))?.[1] ?? 0,
    );
  } catch {
    return null;
  }
}

function resaveWithLibreOffice(file: string, profile: string): string | null {
  const outDir = path.join(path.dirname(file), 'resaved');
  try {
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${profile}`,
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        outDir,
        file,
      ],
      { stdio: 'ignore', timeout: 600_000 },
    );
    return path.join(outDir, path.basename(file));
  } catch {
    return null;
  }
}

/** The right place of each of the export's 60 headings: the profile, nothing (generated tables, tiers, areas), or its Key Feature. */
function headingsRight(preview: WordImportPreview): { right: number; total: number; featuresRight: number } {
  const expected = new Map<string, string>([
    ['Profile of the learning city', 'profile'],
    ['Completeness by area', 'skip'],
  ]);
  for (const tier of framework.tiers) expected.set(`${tier.id} ${tier.title.en}`, 'skip');
  for (const area of allAreas(framework)) expected.set(`${area.id} ${area.title.en}`, 'skip');
  for (const feature of allKeyFeatures(framework))
    expected.set(`${feature.id} ${feature.title.en}`, `feature ${feature.id}`);
  const headed = preview.parts.filter((part) => part.heading);
  const target = (part: (typeof headed)[number]) =>
    part.proposed.kind === 'feature' ? `feature ${part.proposed.featureId}` : part.proposed.kind;
  const right = headed.filter((part) => expected.get(part.heading) === target(part));
  return {
    right: right.length,
    total: headed.length,
    featuresRight: right.filter((part) => part.proposed.kind === 'feature').length,
  };
}

async function roundTrip(
  file: string,
  example: ReturnType<typeof exampleReport>,
): Promise<{ preview: WordImportPreview; same: number; fields: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ripoti-bench-wordin-'));
  const drafts = await openDraftServices(dir, {
    appVersion: 'bench',
    framework,
    clock: systemClock,
    historyIntervalMinutes: () => 10,
  });
  const service = new WordImportService(framework, drafts, systemClock);
  const result = await service.preview(path.basename(file), readFileSync(file));
  if (result.status !== 'ready') throw new Error(result.message);
  const outcome = await service.apply(result.preview.previewId, { kind: 'new' }, []);
  const imported = await drafts.store.get(outcome.reportId);
  let same = 0;
  let fields = 0;
  for (const [id, section] of Object.entries(example.report.sections)) {
    for (const field of ['narrative', 'actions', 'goodPractice', 'challenges', 'nextSteps'] as const) {
      fields++;
      if (imported.sections[id]?.[field] === section[field]) same++;
    }
  }
  rmSync(dir, { recursive: true, force: true });
  return { preview: result.preview, same, fields };
}

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function main(): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), 'ripoti-bench-wordin-files-'));
  const profile = mkdtempSync(path.join(tmpdir(), 'lo-bench-wordin-'));
  try {
    const example77 = await writeExample(path.join(folder, 'example.docx'), 500);
    await writeExample(path.join(folder, 'long.docx'), 4_200);
    const limitXml = writeAtTheLimit(path.join(folder, 'long.docx'), path.join(folder, 'limit.docx'));
    for (const [name, label] of [
      ['example.docx', 'example report'],
      ['long.docx', 'long report'],
      ['limit.docx', `at the limit (${(limitXml / 1024 / 1024).toFixed(1)} MB of XML)`],
    ] as const) {
      const file = path.join(folder, name);
      const measured = measureInChild(file);
      const pages = name === 'limit.docx' ? null : pagesWithLibreOffice(file, profile);
      const size = (readFileSync(file).byteLength / 1024).toFixed(0);
      console.log(`${label}: ${pages ?? '?'} pages (LibreOffice), ${size} KB, ${measured.parts} parts`);
      console.log(
        `  to the mapping screen: cold ${measured.coldMs.toFixed(0)} ms, warm median ${median(measured.warmMs).toFixed(0)} ms (runs: ${measured.warmMs.map((ms) => ms.toFixed(0)).join(', ')})`,
      );
      console.log(
        `  CPU time of those runs: cold ${measured.coldCpuMs.toFixed(0)} ms, warm median ${median(measured.warmCpuMs).toFixed(0)} ms; load average now ${loadavg()[0]?.toFixed(1) ?? '?'} on ${availableParallelism()} cores`,
      );
      console.log(`  peak memory of the process: ${measured.peakRssMb.toFixed(0)} MB`);
    }
    const trip = await roundTrip(path.join(folder, 'example.docx'), example77);
    const mapped = headingsRight(trip.preview);
    console.log(
      `example report: ${mapped.right} of ${mapped.total} headings mapped to the right place with no help (${((100 * mapped.right) / mapped.total).toFixed(1)} %), ${mapped.featuresRight} of 43 Key Features`,
    );
    console.log(
      `export → import: ${trip.same} of ${trip.fields} text fields identical (every narrative: ${trip.same === trip.fields ? 'yes' : 'no'})`,
    );
    const resaved = resaveWithLibreOffice(path.join(folder, 'example.docx'), profile);
    if (resaved) {
      const again = headingsRight((await roundTrip(resaved, example77)).preview);
      console.log(
        `the same report re-saved by LibreOffice: ${again.right} of ${again.total} headings mapped right (${((100 * again.right) / again.total).toFixed(1)} %)`,
      );
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

const measureAt = process.argv.indexOf('--measure');
if (measureAt >= 0) await measureInThisProcess(process.argv[measureAt + 1] ?? '');
else await main();
