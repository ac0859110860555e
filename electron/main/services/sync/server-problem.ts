import type { SyncServerProblem } from '@/shared/ipc/channels/sync';
import type { ServerProblem } from './sync-state';

/** Which part of the report a skipped server copy is, for the Sync step to name it in the officer's language. */
export function serverProblemOf(problem: ServerProblem): SyncServerProblem {
  const [kind, , featureId] = problem.docId.split(':');
  const place: SyncServerProblem['place'] =
    kind === 'attachment'
      ? { kind: 'photo', digest: problem.docId.slice('attachment:'.length) }
      : featureId
        ? { kind: 'section', featureId }
        : { kind: 'header' };
  return { place, reason: problem.reason, blocking: problem.blocking };
}
