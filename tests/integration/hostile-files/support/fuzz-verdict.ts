import { peakOnFreshProcessMb, type CaseResult } from './hostile-case';
import type { ChildRun } from './run-hostile-child';

/**
 * The bounds for every input: an import or a clear refusal, within 2 s, under 300 MB.
 * The 2 s are the case's CPU time (all threads): on these shared machines other sessions can
 * stretch wall-clock time several-fold (load averages of 13 on 2 cores were seen; a case of
 * 0.75 s CPU once took 10.9 s), which says nothing of the case. Wall-clock time is bounded too,
 * below the photo thread's 45 s time limit so that a case left waiting on it is caught, and printed. Memory is the
 * case's peak on a fresh process (peakOnFreshProcessMb).
 */
export const FUZZ_BOUNDS = { cpuMs: 2_000, wallMs: 30_000, peakMb: 300 } as const;

/** Every way a run breaks the bounds, each naming the case so it can be replayed. */
export function fuzzViolations(run: ChildRun, expectedCount: number): string[] {
  const problems: string[] = [];
  if (run.diedDuring)
    problems.push(
      `the process died (exit ${String(run.exitCode)}, ${String(run.signal)}) during case ${run.diedDuring.index}: ${run.diedDuring.label}`,
    );
  else if (run.hung) problems.push('the process stopped answering');
  else if (run.exitCode !== 0) problems.push(`the process exited ${String(run.exitCode)}: ${run.stderr.slice(-1000)}`);
  if (run.results.length !== expectedCount && problems.length === 0)
    problems.push(`${run.results.length} of ${expectedCount} cases reported`);
  for (const result of run.results) {
    const name = `case ${result.index} (${result.label})`;
    if (result.outcome === 'unexpected') problems.push(`${name} ended in an unexpected error: ${result.message ?? ''}`);
    if (result.expect && result.outcome !== result.expect)
      problems.push(`${name} was ${result.outcome}, expected ${result.expect}: ${result.message ?? ''}`);
    if (result.outcome === 'refused' && !result.message) problems.push(`${name} was refused without a message`);
    if (result.cpuMs > FUZZ_BOUNDS.cpuMs || result.ms > FUZZ_BOUNDS.wallMs)
      problems.push(`${name} took ${result.cpuMs} ms of CPU time, ${result.ms} ms in all`);
    if (peakOnFreshProcessMb(result) >= FUZZ_BOUNDS.peakMb)
      problems.push(`${name} needs ${peakOnFreshProcessMb(result)} MB on a fresh process (${result.peakMb} MB here)`);
  }
  return problems;
}

/** Counts by way in and outcome, the slowest case and the highest memory: what the fuzz prints. */
export function fuzzSummary(results: readonly CaseResult[]): string {
  const counts = new Map<string, number>();
  for (const result of results)
    counts.set(`${result.kind} ${result.outcome}`, (counts.get(`${result.kind} ${result.outcome}`) ?? 0) + 1);
  const slowest = results.reduce<CaseResult | undefined>(
    (worst, result) => (!worst || result.cpuMs > worst.cpuMs ? result : worst),
    undefined,
  );
  const longest = results.reduce<CaseResult | undefined>(
    (worst, result) => (!worst || result.ms > worst.ms ? result : worst),
    undefined,
  );
  const hungriest = results.reduce<CaseResult | undefined>(
    (worst, result) => (!worst || peakOnFreshProcessMb(result) > peakOnFreshProcessMb(worst) ? result : worst),
    undefined,
  );
  const highest = results.reduce<CaseResult | undefined>(
    (worst, result) => (!worst || result.peakMb > worst.peakMb ? result : worst),
    undefined,
  );
  const lines = [...counts].sort().map(([key, count]) => `  ${key}: ${count}`);
  if (slowest)
    lines.push(
      `  slowest: ${slowest.cpuMs} ms CPU (${slowest.ms} ms wall), case ${slowest.index} (${slowest.label}) → ${slowest.outcome}`,
    );
  if (longest && longest !== slowest)
    lines.push(
      `  longest wall time: ${longest.ms} ms (${longest.cpuMs} ms CPU), case ${longest.index} (${longest.label}) → ${longest.outcome}`,
    );
  if (hungriest)
    lines.push(
      `  peak memory: ${peakOnFreshProcessMb(hungriest)} MB on a fresh process (idle ${hungriest.idleMb} MB + ${hungriest.peakMb - hungriest.beforeMb} MB), case ${hungriest.index} (${hungriest.label})`,
    );
  if (highest)
    lines.push(
      `  highest resident memory of any run: ${highest.peakMb} MB (with what earlier cases left), case ${highest.index} (${highest.label})`,
    );
  return lines.join('\n');
}
