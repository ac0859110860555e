import { RipotiError } from '../../../../shared/errors';
import type { Framework } from '../../../../shared/framework/schema';
import type { ExportOptions } from '../../../../shared/ipc/channels/export';
import type { Report } from '../../../../shared/report/schema';
import { isSectionEmpty } from './document/section-state';

/** Ids of the Key Features in the exported areas that have no answer and no not-applicable reason. */
export function emptyFeatureIds(report: Report, framework: Framework, areaIds?: readonly string[]): string[] {
  const wanted = areaIds ? new Set(areaIds) : undefined;
  return framework.tiers
    .flatMap((tier) => tier.areas)
    .filter((area) => !wanted || wanted.has(area.id))
    .flatMap((area) => area.features)
    .filter((feature) => isSectionEmpty(report.sections[feature.id]))
    .map((feature) => feature.id);
}

/**
 * A final export is the copy sent to UNESCO: empty Key Features in it must be a decision,
 * not an accident. The UI asks the officer and then sets `confirmEmpty`.
 */
export function refuseEmptyFinal(report: Report, framework: Framework, options: ExportOptions): void {
  if (options.mode !== 'final' || options.confirmEmpty) return;
  const empty = emptyFeatureIds(report, framework, options.areaIds);
  if (empty.length === 0) return;
  const listed = empty.slice(0, 10).join(', ') + (empty.length > 10 ? ', …' : '');
  throw new RipotiError('invalid-data', `${empty.length} Key Features have no answer yet (${listed}). Confirm to export the final report anyway, or answer them first.`);
}
