import { RipotiError } from '@/shared/errors';
import type { Framework } from '@/shared/framework/schema';
import type { ExportOptions } from '@/shared/ipc/channels/export';
import { finalCheck, unconfirmedKinds } from '@/shared/report/final-check';
import type { Report } from '@/shared/report/schema';

/**
 * A final export is the copy sent to UNESCO: it is held to the same rules as Review and the
 * Export step (shared/report/final-check.ts), for the areas exported. Every kind of problem
 * still there must have been confirmed by the officer (`options.confirmed`), or nothing is
 * written.
 */
export function refuseUncheckedFinal(report: Report, framework: Framework, options: ExportOptions): void {
  if (options.mode !== 'final') return;
  const check = finalCheck(report, framework, options.areaIds);
  const missing = unconfirmedKinds(check, options.confirmed);
  if (missing.length === 0) return;
  const counted = check.kinds
    .filter((group) => missing.includes(group.kind))
    .map(
      (group) => `${group.kind} (${group.problems.length}: ${listed(group.problems.map((problem) => problem.path))})`,
    );
  throw new RipotiError(
    'invalid-data',
    `The final report still fails the check: ${counted.join('; ')}. Fix these or confirm each kind to export anyway.`,
  );
}

function listed(paths: readonly string[]): string {
  return paths.slice(0, 5).join(', ') + (paths.length > 5 ? ', …' : '');
}
