import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUZZ_BOUNDS, fuzzSummary, fuzzViolations } from './support/fuzz-verdict';
import type { CaseResult } from './support/hostile-case';
import { buildHostileChild, runHostileChild } from './support/run-hostile-child';

/**
 * Issue 15's proof: thousands of generated files and images (valid, cut short, bit-flipped,
 * lying headers, wrong types, decompression bombs, .ripoti bodies edited with a recomputed
 * checksum) through attachments:add, .ripoti import and the store's sync write, in a child
 * process, so that a crash is a failed test rather than a dead test runner. Every case must end
 * in an import or a clear refusal within 2 s (of CPU time: see FUZZ_BOUNDS) with the process
 * under 300 MB.
 *
 * RIPOTI_FUZZ_RUNS (default 1000, about a minute on an idle machine) and RIPOTI_FUZZ_SEED
 * (default fixed, so CI is repeatable; `random` for a new one) make longer runs. A failure
 * prints the seed and case index to replay it with RIPOTI_FUZZ_SEED=<seed>
 * RIPOTI_FUZZ_FIRST=<index> RIPOTI_FUZZ_RUNS=1.
 */
const runs = Number(process.env['RIPOTI_FUZZ_RUNS'] ?? 1000);
const seed =
  process.env['RIPOTI_FUZZ_SEED'] === 'random'
    ? Math.floor(Math.random() * 2 ** 31)
    : Number(process.env['RIPOTI_FUZZ_SEED'] ?? 15_2026);
const first = Number(process.env['RIPOTI_FUZZ_FIRST'] ?? 0);
/** A fresh process per batch: idle memory a long-lived process gathers from the generator's garbage is not a case's. */
const BATCH = 150;

let built: Awaited<ReturnType<typeof buildHostileChild>>;
beforeAll(async () => {
  built = await buildHostileChild();
}, 120_000);
afterAll(() => rm(built.dir, { recursive: true, force: true }));

describe('hostile files and photos (fuzz)', () => {
  it(`every generated file ends in an import or a clear refusal within ${FUZZ_BOUNDS.cpuMs} ms of CPU time and ${FUZZ_BOUNDS.peakMb} MB, and the process lives`, async () => {
    const results: CaseResult[] = [];
    const problems: string[] = [];
    const started = performance.now();
    for (let from = first; from < first + runs && problems.length === 0; from += BATCH) {
      const count = Math.min(BATCH, first + runs - from);
      const run = await runHostileChild(built, ['fuzz', String(seed), String(count), String(from)]);
      results.push(...run.results);
      problems.push(...fuzzViolations(run, count));
    }
    const summary = `fuzz seed ${seed}, cases ${first}–${first + results.length - 1} (${results.length}) in ${Math.round((performance.now() - started) / 1000)} s\n${fuzzSummary(results)}`;
    console.log(summary);
    expect(
      problems,
      `${summary}\nreplay one with RIPOTI_FUZZ_SEED=${seed} RIPOTI_FUZZ_FIRST=<index> RIPOTI_FUZZ_RUNS=1`,
    ).toEqual([]);
    // A run of any size both imports and refuses (not when replaying a single case).
    if (results.length >= 50) {
      expect(results.some((result) => result.outcome === 'accepted')).toBe(true);
      expect(results.some((result) => result.outcome === 'refused')).toBe(true);
    }
  }, 900_000);
});
