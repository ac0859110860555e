import { manifestId } from '@/shared/sync/report-documents';
import type { CouchDatabase } from './couch-database';
import type { Pull } from './pull';
import type { SyncState } from './sync-state';

/*
 * What the server still remembers of this computer's writes. A server restored from a backup or
 * recreated does not announce it; these checks notice, cheaply, so the next round can read it
 * from the start and write back what it lost. And after a large push, the checkpoint moves past
 * our own writes so the next sync does not read them back.
 */

/**
 * A server that accepted our writes and then lost them (restored from backup, recreated) sends
 * no change for them. One look at the manifest's revision per sync notices it, so the next round reads the
 * server from the start instead of trusting revisions it no longer has.
 */
export async function serverForgot(state: SyncState, pull: Pull, database: CouchDatabase): Promise<boolean> {
  const id = manifestId(state.reportId);
  const record = state.docs[id];
  if (!record || pull.docs.has(id) || state.since === '0') return false;
  const rev = await database.currentRev(id);
  const known = new Set([
    record.rev,
    ...record.merged,
    ...state.problems.filter((problem) => problem.docId === id).map((problem) => problem.rev),
  ]);
  return rev === undefined || !known.has(rev);
}

/**
 * A write refused as a conflict although the feed shows no change to that document since we
 * read it: the server no longer has the revision we wrote on (restored from a backup taken
 * before it, with the header unchanged so the first check could not tell). One small feed call.
 */
export async function lostOurRevisions(
  conflicted: readonly string[],
  pull: Pull,
  database: CouchDatabase,
): Promise<boolean> {
  if (conflicted.length === 0) return false;
  const feed = await database.changes(conflicted, pull.lastSeq);
  return conflicted.every((id) => !feed.entries.has(id));
}

/**
 * After a push of many documents the feed would hand each of them back next time. Reading it
 * once now (our own revisions only, or nothing new) moves the checkpoint past them; if a
 * colleague wrote meanwhile, the checkpoint stays so the next sync reads their change.
 */
export async function checkpointAfterPush(
  state: SyncState,
  pull: Pull,
  tombstones: ReadonlySet<string>,
  database: CouchDatabase,
): Promise<string> {
  const feed = await database.changes(pull.docIds, pull.lastSeq);
  const onlyOurs = [...feed.entries.values()].every((entry) =>
    entry.leafRevs.every((rev) => rev === state.docs[entry.id]?.rev || tombstones.has(rev)),
  );
  return onlyOurs ? feed.lastSeq : state.since;
}
