import { RipotiError } from '@/shared/errors';
import { reportSchema } from '@/shared/report/schema';
import type { JsonValue } from '@/shared/sync/json-value';
import { conflictKey, resolvedValue, withValueAt, type Resolution } from '@/shared/sync/resolve-conflict';
import type { Clock } from '../clock';
import type { ReportRepository } from '../reports/report-repository';
import type { SyncStateStore } from './sync-state';

/**
 * Writes the officer's choice for one conflicting field into the draft (the next sync sends
 * it) and closes that conflict. The Sync step and the CLI's `resolve` both come here.
 */
export async function applyResolution(
  stores: { repository: ReportRepository; states: SyncStateStore; clock: Clock },
  reportId: string,
  key: string,
  resolution: Resolution,
): Promise<void> {
  const state = await stores.states.load(reportId);
  const conflict = state.conflicts.find((candidate) => conflictKey(candidate) === key);
  if (!conflict) throw new RipotiError('not-found', 'This conflict was already resolved.');
  const local = await stores.repository.get(reportId);
  const updated = withValueAt(
    JSON.parse(JSON.stringify(local)) as JsonValue,
    conflict.path,
    resolvedValue(conflict, resolution),
  );
  const parsed = reportSchema.safeParse(updated);
  if (!parsed.success)
    throw new RipotiError('invalid-data', 'That text cannot be kept here (it is too long or has the wrong shape).');
  await stores.repository.put({ ...parsed.data, updatedAt: stores.clock.nowIso() });
  await stores.states.save({ ...state, conflicts: state.conflicts.filter((candidate) => candidate !== conflict) });
}
