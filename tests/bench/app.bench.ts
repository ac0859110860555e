/**
 * The app as the officer starts and uses it, in Debian's Chromium with the built renderer and the
 * real main-process services in a Node process of their own (tests/bench/support/main-process.ts),
 * bridged as the E2E harness bridges them. (1) Start-up with 50 reports: main opens its drafts
 * folder, then the window loads until the Reports list shows all 50 rows (interactive: the frame
 * after they are in the page). (2) Memory of main and the window's renderer after opening 10
 * reports one after another. What Electron adds (its own boot, its browser process) cannot run
 * here and is not counted. Prints figures; asserts nothing about time.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { exampleReport } from '../../electron/main/services/export/example/example-report';
import { bundledFramework } from '../../shared/framework/load';
import { bridgeScript } from '../e2e/harness/bridge-script';
import { chromiumLaunchOptions } from '../e2e/harness/chromium';
import { serveRenderer } from '../e2e/harness/static-server';
import { createTestServices } from '../e2e/harness/test-services';
import { median } from './statistics';
import type { FromMain, ToMain } from './support/main-process';

const REPORTS = 50;
const OPENED = 10;
const STARTS = 5;
const MB = 1024 * 1024;

// 50 full reports (43 Key Features × 500 words, measures, 4 photos each), written once.
const dataDir = await mkdtemp(path.join(tmpdir(), 'ripoti-bench-app-'));
const example = exampleReport(bundledFramework(), { wordsPerFeature: 500, photoCount: 4 });
const setup = await createTestServices({ dataDir });
const drafts = setup.services.drafts;
if (!drafts) throw new Error('the bench services keep drafts on disk');
for (const [id, bytes] of example.photos)
  await drafts.attachments.addKnown(id, bytes, `${id.slice(0, 8)}.png`, 'image/png');
const counties = ['Kilifi', 'Garissa', 'Laikipia', 'Nairobi', 'Kisumu'];
const ids: string[] = [];
for (let index = 0; index < REPORTS; index++) {
  const county = counties[index % counties.length] ?? 'Kilifi';
  const report = {
    ...example.report,
    id: randomUUID(),
    title: `${county} progress report ${2026 - (index % 5)} (${index + 1})`,
    profile: { ...example.report.profile, county },
  };
  await drafts.store.put(report);
  ids.push(report.id);
}
await setup.dispose();

// Main runs as built JavaScript, as in the app (its packages loaded from node_modules), not through a TypeScript loader.
// Beside the TypeScript build info, never under out/ (which electron-builder packs).
const mainScript = path.resolve(import.meta.dirname, '../../node_modules/.cache/ripoti-bench/main-process.mjs');
await build({
  entryPoints: [path.join(import.meta.dirname, 'support/main-process.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile: mainScript,
  logLevel: 'warning',
});

/** Starts main on the data folder; resolves once its services are open. */
function startMain(rendererUrl: string): Promise<{ child: ChildProcess; openMs: number }> {
  const child = fork(mainScript, [dataDir, rendererUrl], { execArgv: ['--expose-gc'], stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.on('message', (message: FromMain) => {
      if (message.type === 'ready') resolve({ child, openMs: message.openMs });
    });
  });
}

/** How long each call took, as the page waited for it (bridge included), by channel. */
const callTimes = new Map<string, number[]>();

/** The window: the E2E bridge, with calls and events carried to and from the main process. */
async function openWindow(browser: Browser, child: ChildProcess): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  let sequence = 0;
  const waiting = new Map<number, (result: unknown) => void>();
  child.on('message', (message: FromMain) => {
    if (message.type === 'answer') waiting.get(message.id)?.(message.result);
    if (message.type === 'event')
      page
        .evaluate(([channel, payload]) => window.__ripotiDeliver?.(channel, payload), [
          message.channel,
          message.payload,
        ] as const)
        .catch(() => undefined);
  });
  await page.exposeBinding('__ripotiInvoke', (source, channel: string, args: unknown) => {
    const id = sequence++;
    const sent = performance.now();
    return new Promise((resolve) => {
      waiting.set(id, (result) => {
        callTimes.set(channel, [...(callTimes.get(channel) ?? []), performance.now() - sent]);
        resolve(result);
      });
      child.send({ type: 'call', id, channel, args, url: source.frame.url() } satisfies ToMain);
    });
  });
  await page.addInitScript({ content: await bridgeScript() });
  return page;
}

function memoryOfMain(child: ChildProcess): Promise<{ rssBytes: number; rssAfterGcBytes: number }> {
  return new Promise((resolve) => {
    const onMessage = (message: FromMain) => {
      if (message.type !== 'memory') return;
      child.off('message', onMessage);
      resolve(message);
    };
    child.on('message', onMessage);
    child.send({ type: 'memory' } satisfies ToMain);
  });
}

/** A process's resident memory, and the part of it no other process maps (USS: its private pages). */
function residentOf(pid: number): { rssBytes: number; ussBytes: number } {
  const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  const kilobytes = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(rollup)?.[1] ?? 0) * 1024;
  return { rssBytes: kilobytes('Rss'), ussBytes: kilobytes('Private_Clean') + kilobytes('Private_Dirty') };
}

/**
 * The window's renderer: of Chromium's renderer processes under this browser, the largest by USS
 * (a spare one may wait for the next tab). Also says how many renderer processes there were.
 */
function rendererMemory(browserPid: number): { count: number; rssBytes: number; ussBytes: number } {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parentOf.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended meanwhile
    }
  }
  const descends = (pid: number): boolean => {
    for (let current = parentOf.get(pid); current !== undefined && current > 1; current = parentOf.get(current))
      if (current === browserPid) return true;
    return false;
  };
  const renderers: { rssBytes: number; ussBytes: number }[] = [];
  for (const pid of parentOf.keys()) {
    if (!descends(pid)) continue;
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) renderers.push(residentOf(pid));
    } catch {
      // the process ended meanwhile
    }
  }
  const [largest] = renderers.sort((a, b) => b.ussBytes - a.ussBytes);
  return { count: renderers.length, rssBytes: largest?.rssBytes ?? 0, ussBytes: largest?.ussBytes ?? 0 };
}

const renderer = await serveRenderer(path.resolve(import.meta.dirname, '../../out/renderer'));
// No spare renderer process waiting for a next tab: Electron's window has one renderer.
const server = await chromium.launchServer({
  ...chromiumLaunchOptions,
  args: [...(chromiumLaunchOptions.args ?? []), '--disable-features=SpareRendererForSitePerProcess'],
});
const browserPid = server.process().pid ?? 0;
const browser = await chromium.connect(server.wsEndpoint());
try {
  // (1) Start-up to an interactive Reports list, STARTS times, each a new main and a new window.
  const totals: number[] = [];
  const opens: number[] = [];
  const windows: number[] = [];
  const loads: number[] = [];
  for (let start = 0; start < STARTS; start++) {
    const started = performance.now();
    const { child, openMs } = await startMain(renderer.url);
    const mainReady = performance.now();
    const page = await openWindow(browser, child);
    const loading = performance.now();
    await page.goto(`${renderer.url}/index.html`);
    loads.push(performance.now() - loading);
    await page.waitForFunction((count) => document.querySelectorAll('tbody tr').length === count, REPORTS, {
      polling: 'raf',
      timeout: 60_000,
    });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    const interactive = performance.now();
    totals.push(interactive - started);
    opens.push(openMs);
    windows.push(interactive - mainReady);
    await page.context().close();
    child.kill();
  }
  console.log(
    `start-up with ${REPORTS} reports to an interactive Reports list: median ${median(totals).toFixed(0)} ms  [${totals.map((ms) => ms.toFixed(0)).join(', ')}]`,
  );
  console.log(
    `  of which main opening its drafts (${REPORTS} reports read and checked): median ${median(opens).toFixed(0)} ms; the window, from main ready to the list: median ${median(windows).toFixed(0)} ms`,
  );
  console.log(
    `  in the window: the page loaded (HTML, scripts, CSS) median ${median(loads).toFixed(0)} ms; listReports answered in median ${median(callTimes.get('reports:list') ?? []).toFixed(0)} ms`,
  );
  console.log('  (the rest is starting Node and loading main’s code; Electron’s own boot is not measured here)');

  // (2) Memory after opening 10 reports one after another, each at its first area (4 Key Features, photos).
  const { child } = await startMain(renderer.url);
  const page = await openWindow(browser, child);
  await page.goto(`${renderer.url}/index.html`);
  await page.waitForFunction((count) => document.querySelectorAll('tbody tr').length === count, REPORTS, {
    timeout: 60_000,
  });
  const atStart = { main: await memoryOfMain(child), renderer: rendererMemory(browserPid) };
  for (const id of ids.slice(0, OPENED)) {
    await page.evaluate((hash) => (window.location.hash = hash), `#/reports/${id}/1.1`);
    await page.waitForFunction(
      () => [...document.querySelectorAll('textarea')].some((field) => field.value.length > 1000),
      undefined,
      { timeout: 60_000 },
    );
    await page.evaluate(() => (window.location.hash = '#/reports'));
    await page.waitForFunction((count) => document.querySelectorAll('tbody tr').length === count, REPORTS, {
      timeout: 60_000,
    });
  }
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const rendererAsIs = rendererMemory(browserPid);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const rendererAfterGc = rendererMemory(browserPid);
  const main = await memoryOfMain(child);
  const mainResident = residentOf(child.pid ?? 0);
  const megabytes = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;
  console.log(`memory after opening ${OPENED} reports one after another (each at area 1.1), then back to the list:`);
  console.log(
    `  main (Node with the services): RSS ${megabytes(main.rssBytes)}, after GC ${megabytes(main.rssAfterGcBytes)}; its own pages (USS) ${megabytes(mainResident.ussBytes)}  (at start-up RSS ${megabytes(atStart.main.rssBytes)})`,
  );
  console.log(
    `  renderer (the largest of ${rendererAsIs.count} Chromium renderer process${rendererAsIs.count === 1 ? '' : 'es'}): RSS ${megabytes(rendererAsIs.rssBytes)}, USS ${megabytes(rendererAsIs.ussBytes)}; after a GC RSS ${megabytes(rendererAfterGc.rssBytes)}, USS ${megabytes(rendererAfterGc.ussBytes)}  (at start-up RSS ${megabytes(atStart.renderer.rssBytes)})`,
  );
  // RSS counts in full the pages a process shares with others (Node's and Chromium's libraries); USS counts none of them.
  console.log(
    `  main + renderer: ${megabytes(main.rssBytes + rendererAsIs.rssBytes)} RSS, ${megabytes(mainResident.ussBytes + rendererAsIs.ussBytes)} USS  (goal: < 300 MB)`,
  );
  child.kill();
} finally {
  await browser.close();
  await server.close();
  await renderer.close();
  await rm(dataDir, { recursive: true, force: true });
}
