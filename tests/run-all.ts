import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { findRealApp } from './electron-app/real-app';

/**
 * Runs every suite (static checks: typecheck, lint and format; vitest: unit + integration; Playwright:
 * end-to-end in Chromium; Playwright on the packaged Electron app, skipped where no binary is
 * installed) and prints one plain closing line `N passed, N failed[, N skipped]`
 * summed over all of them.
 * A suite that crashes before reporting counts as a failure.
 */
interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

const resultsDir = path.resolve('test-results');
mkdirSync(resultsDir, { recursive: true });

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return child.status ?? 1;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function vitestCounts(file: string, exitCode: number): Counts {
  const report = readJson(file) as
    { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number } | undefined;
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  // A failed file (import error) has no test counted as failed: make it visible.
  const failed = report.numFailedTests + (exitCode !== 0 && report.numFailedTests === 0 ? 1 : 0);
  return { passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests };
}

function playwrightCounts(file: string, exitCode: number): Counts {
  const report = readJson(file) as
    { stats: { expected: number; unexpected: number; flaky: number; skipped: number }; errors?: unknown[] } | undefined;
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  const { expected, unexpected, flaky, skipped } = report.stats;
  if (flaky > 0)
    console.log(`end-to-end: ${flaky} test(s) passed only on retry (flaky), see the list above marked "flaky"`);
  const failed = unexpected + (exitCode !== 0 && unexpected === 0 ? 1 : 0);
  return { passed: expected + flaky, failed, skipped };
}

/** Strict typecheck, lint (zero warnings) and format: each counts as one test, so a red one fails the run. */
function staticChecks(): Counts {
  const checks: [string, string[]][] = [
    ['typecheck (tsc --build)', ['tsc', '--build', '--pretty']],
    ['lint (eslint, zero warnings)', ['eslint', '--max-warnings', '0', '.']],
    ['format (prettier --check; `npm run format` fixes it)', ['prettier', '--check', '.']],
  ];
  const counts: Counts = { passed: 0, failed: 0, skipped: 0 };
  for (const [name, args] of checks) {
    const ok = run('npx', args) === 0;
    console.log(`${ok ? '✓' : '✘'} ${name}`);
    if (ok) counts.passed++;
    else counts.failed++;
  }
  return counts;
}

const only = process.argv[2];
const totals: Counts = { passed: 0, failed: 0, skipped: 0 };
const add = (counts: Counts, name: string) => {
  console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
};

if (!only || only === 'static') add(staticChecks(), 'static checks');

if (!only || only === 'vitest') {
  const file = path.join(resultsDir, 'vitest.json');
  rmSync(file, { force: true });
  const code = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  add(vitestCounts(file, code), 'unit and integration (vitest)');
}

if (!only || only === 'e2e') {
  const file = path.join(resultsDir, 'playwright.json');
  rmSync(file, { force: true });
  const code = run('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
  add(playwrightCounts(file, code), 'end-to-end (Playwright, Chromium)');
}

// The packaged app under Playwright's Electron support: skipped, with the reason, where no Electron binary is installed.
if (!only || only === 'real-app') {
  const file = path.join(resultsDir, 'real-app.json');
  rmSync(file, { force: true });
  const { skipReason } = findRealApp();
  const code = run('npx', ['playwright', 'test', '-c', 'playwright.electron.config.ts', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: file,
  });
  const counts = playwrightCounts(file, code);
  if (skipReason) console.log(`real app (Electron): ${counts.skipped} skipped because ${skipReason}`);
  add(counts, 'real app (Playwright, Electron)');
}

const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exitCode = totals.failed > 0 ? 1 : 0;
