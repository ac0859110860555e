import type { SyncOutcome } from '@/shared/ipc/channels/sync';
import type { Clock } from '../clock';
import type { JobContext } from '../jobs/job-registry';
import type { ReportRepository } from '../reports/report-repository';
import type { AttachmentBlobs } from './attachment-blobs';
import type { CouchDatabase } from './couch-database';
import { SyncFailure } from './sync-failure';
import { syncRound } from './sync-round';
import type { SyncState, SyncStateStore } from './sync-state';

/** Rounds in one sync: a colleague writing at the same moment makes us pull and merge again. */
const MAX_ROUNDS = 5;

export interface RunDependencies {
  readonly database: CouchDatabase;
  readonly repository: ReportRepository;
  readonly blobs: AttachmentBlobs;
  readonly states: SyncStateStore;
  readonly job: JobContext;
  readonly clock: Clock;
}

/**
 * Pull–merge–push rounds until the report agrees with the server or has conflicts for the
 * officer. Each stored step is saved at once, so an interrupted sync resumes where it stopped.
 * A server found to have forgotten our writes is read from the start in the next round.
 */
export async function runRounds(start: SyncState, dependencies: RunDependencies): Promise<SyncOutcome> {
  const { states, clock } = dependencies;
  let state = start;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const outcome = await syncRound(state, {
      ...dependencies,
      nowIso: () => clock.nowIso(),
      persist: async (next) => {
        state = next;
        await states.save(next);
      },
    });
    if (outcome.kind === 'synced') return { ...outcome, at: state.lastSyncedAt ?? clock.nowIso() };
    if (outcome.kind === 'conflicts') return { ...outcome, at: clock.nowIso() };
    state = await states.load(state.reportId);
    if (outcome.kind === 'forgotten') {
      // Keep the merge base; re-check which photos the server still has.
      state = { ...state, since: '0', sentAttachments: [] };
      await states.save(state);
    }
  }
  throw new SyncFailure(
    'conflict',
    'The report kept changing on the server while syncing; Ripoti will try again in a minute.',
    true,
  );
}
