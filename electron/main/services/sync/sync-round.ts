import { isRipotiError } from '@/shared/errors';
import { reportSchema, type Report } from '@/shared/report/schema';
import { jsonEqual, type JsonObject, type JsonValue } from '@/shared/sync/json-value';
import { documentsToReport, reportToDocuments } from '@/shared/sync/report-documents';
import type { JobContext } from '../jobs/job-registry';
import type { ReportRepository } from '../reports/report-repository';
import type { AttachmentBlobs } from './attachment-blobs';
import { blockedDocIds, changesWaiting, needsWrite, photosToSend } from './changes-waiting';
import type { CouchDatabase } from './couch-database';
import { mergeDocument, type DocumentOutcome } from './merge-document';
import { fetchPhotos, sendPhoto } from './photos';
import { pullChanges, type Pull } from './pull';
import { pushDocuments, type WriteTarget } from './push';
import { checkpointAfterPush, lostOurRevisions, serverForgot } from './server-memory';
import { SyncFailure } from './sync-failure';
import type { StoredConflict, SyncState } from './sync-state';

export type RoundOutcome =
  | {
      readonly kind: 'synced';
      readonly sentDocs: number;
      readonly sentAttachments: number;
      readonly receivedDocs: number;
      readonly skipped: number;
    }
  | { readonly kind: 'conflicts'; readonly count: number }
  | { readonly kind: 'retry' }
  /** The server no longer has what it acknowledged (restored from an old backup, database recreated). */
  | { readonly kind: 'forgotten' };

export interface RoundDependencies {
  readonly database: CouchDatabase;
  readonly repository: ReportRepository;
  readonly blobs: AttachmentBlobs;
  readonly job: Pick<JobContext, 'progress'>;
  readonly nowIso: () => string;
  /** Called after each stored step so an interrupted sync resumes from where it stopped. */
  readonly persist: (state: SyncState) => Promise<void>;
}

/** Pushes of more documents than this are followed by a look at the feed, so the next sync does not read them back. */
const ADVANCE_CHECKPOINT_AFTER = 5;

/**
 * One pull–merge–push round. Pull: this report's changed documents with every leaf revision.
 * Merge: per document, each new leaf three-way against the revision it forked from; the draft
 * on this computer takes every one-sided change, keeps its own value where both sides differ
 * (a conflict for the officer) and is saved before anything is sent. With conflicts nothing
 * is sent. Push: photos first, then the documents that differ from the server's, each with the
 * deletion of the leaves merged into it.
 */
export async function syncRound(state: SyncState, dependencies: RoundDependencies): Promise<RoundOutcome> {
  const { database, repository, job } = dependencies;
  const reportId = state.reportId;
  const local = await localCopy(repository, reportId);
  const localDocs = local ? reportToDocuments(local) : new Map<string, JsonObject>();
  job.progress({ done: 0, total: changesWaiting(state, localDocs, local), step: { code: 'fetching' } });
  const pull = await pullChanges(state, localDocs, database);
  if (await serverForgot(state, pull, database)) return { kind: 'forgotten' };
  const outcomes = mergeAll(state, localDocs, pull);
  const mergedDocs = new Map(
    [...outcomes].flatMap(([id, outcome]) => (outcome.merged ? [[id, outcome.merged] as const] : [])),
  );
  const merged = assemble(reportId, mergedDocs, local);
  if (!jsonEqual(asJson(merged), asJson(local))) {
    // The officer may have typed during the pull: only write if the draft is still what we merged.
    if (!jsonEqual(asJson(await localCopy(repository, reportId)), asJson(local))) return { kind: 'retry' };
    await repository.put(merged);
  }
  const receivedDocs = [...mergedDocs].filter(([id, content]) => !jsonEqual(content, localDocs.get(id))).length;
  const photoProblems = await fetchPhotos(merged, database, dependencies.blobs);
  const conflicts = [...outcomes].flatMap(([id, outcome]) =>
    outcome.conflicts.map((conflict) => inReport(id, conflict)),
  );
  const next = afterMerge(state, outcomes, pull, [...photoProblems]);
  if (conflicts.length > 0) {
    await dependencies.persist({ ...next, conflicts });
    return { kind: 'conflicts', count: conflicts.length };
  }
  return push(merged, mergedDocs, next, pull, dependencies, receivedDocs);
}

async function push(
  report: Report,
  mergedDocs: ReadonlyMap<string, JsonObject>,
  start: SyncState,
  pull: Pull,
  dependencies: RoundDependencies,
  receivedDocs: number,
): Promise<RoundOutcome> {
  const { database, blobs, job } = dependencies;
  const blocked = blockedDocIds(start);
  const photos = photosToSend(start, report);
  const targets: WriteTarget[] = [...mergedDocs]
    .filter(([id, content]) => needsWrite(content, start.docs[id], blocked.has(id)))
    .map(([id, content]) => ({ id, content, record: start.docs[id] }));
  const total = photos.length + targets.length;
  let done = 0;
  let state = start;
  for (const photo of photos) {
    job.progress({ done, total, step: { code: 'sending-photo', fileName: photo.fileName, percent: 0 } });
    let shown = 0;
    await sendPhoto(photo, database, blobs, (sent) => {
      // A large photo on a slow link takes minutes: the label says how far it got.
      const percent = Math.floor((100 * sent) / Math.max(1, photo.byteLength));
      if (percent > shown)
        job.progress({
          done,
          total,
          step: { code: 'sending-photo', fileName: photo.fileName, percent: (shown = percent) },
        });
    });
    state = { ...state, sentAttachments: [...state.sentAttachments, photo.id] };
    await dependencies.persist(state);
    done++;
  }
  job.progress({ done, total, step: { code: 'sending-changes' } });
  const pushed = await pushDocuments(targets, state, {
    database,
    persist: dependencies.persist,
    written: (count) => {
      done += count;
      job.progress({ done, total, step: { code: 'sending-changes' } });
    },
  });
  if (pushed.kind === 'retry')
    return (await lostOurRevisions(pushed.conflicted, pull, database)) ? { kind: 'forgotten' } : { kind: 'retry' };
  state = pushed.state;
  if (pushed.written > ADVANCE_CHECKPOINT_AFTER)
    state = { ...state, since: await checkpointAfterPush(state, pull, pushed.tombstones, database) };
  await dependencies.persist({ ...state, lastSyncedAt: dependencies.nowIso(), rebuilt: null });
  job.progress({ done: total, total, step: { code: 'synced' } });
  const skipped = state.problems.length;
  return { kind: 'synced', sentDocs: targets.length, sentAttachments: photos.length, receivedDocs, skipped };
}

function mergeAll(
  state: SyncState,
  localDocs: ReadonlyMap<string, JsonObject>,
  pull: Pull,
): Map<string, DocumentOutcome> {
  const ids = new Set([...localDocs.keys(), ...Object.keys(state.docs), ...pull.docs.keys()]);
  const fullPull = state.since === '0';
  const outcomes = new Map<string, DocumentOutcome>();
  for (const id of ids) {
    // After a pull from the start, a recorded document missing from the feed is missing on the server: write it afresh.
    const record = fullPull && !pull.docs.has(id) ? undefined : state.docs[id];
    outcomes.set(id, mergeDocument(id, record, localDocs.get(id), pull.docs.get(id), pull));
  }
  return outcomes;
}

function afterMerge(
  state: SyncState,
  outcomes: ReadonlyMap<string, DocumentOutcome>,
  pull: Pull,
  photoProblems: SyncState['problems'],
): SyncState {
  const docs: SyncState['docs'] = {};
  for (const [id, outcome] of outcomes) if (outcome.record) docs[id] = outcome.record;
  // Problems of documents not read again this time still stand; those just read are replaced.
  const kept = state.problems.filter((problem) => !pull.docs.has(problem.docId) && outcomes.has(problem.docId));
  const problems = [...kept, ...[...outcomes.values()].flatMap((outcome) => outcome.problems), ...photoProblems];
  return { ...state, docs, since: pull.lastSeq, problems, conflicts: [] };
}

/** The report from its merged documents, checked whole. */
function assemble(reportId: string, docs: ReadonlyMap<string, JsonObject>, local: Report | undefined): Report {
  const assembled = documentsToReport(reportId, docs);
  if (assembled === undefined) {
    throw new SyncFailure(
      'not-found',
      local
        ? 'The server’s copy of this report’s header is damaged.'
        : 'This report is neither on this computer nor usable on the server.',
      false,
    );
  }
  const parsed = reportSchema.safeParse(assembled);
  if (!parsed.success)
    throw new SyncFailure(
      'invalid-data',
      'The merged report would not be valid; nothing was changed here. Ask your county administrator.',
      false,
      { cause: parsed.error },
    );
  return parsed.data;
}

/** A conflict's path in the report (what the Sync step and `resolve` address) from its path inside a document. */
function inReport(docId: string, conflict: DocumentOutcome['conflicts'][number]): StoredConflict {
  const featureId = docId.split(':')[2];
  const inside =
    featureId === undefined
      ? [...conflict.path]
      : ['sections', featureId, ...(conflict.path[0] === 'section' ? conflict.path.slice(1) : conflict.path)];
  const sides = Object.fromEntries(
    (['base', 'mine', 'theirs'] as const).flatMap((side) =>
      conflict[side] === undefined ? [] : [[side, conflict[side]]],
    ),
  );
  return {
    path: inside,
    ...sides,
    ...(conflict.variant && { variant: conflict.variant }),
    mineFromThisComputer: conflict.mineFromThisComputer,
  };
}

/** The draft on this computer; undefined when the report is only on the server (a colleague's, fetched the first time). */
async function localCopy(repository: ReportRepository, reportId: string): Promise<Report | undefined> {
  try {
    return await repository.get(reportId);
  } catch (error) {
    if (isRipotiError(error) && error.code === 'not-found') return undefined;
    throw error;
  }
}

function asJson(report: Report | undefined): JsonValue | undefined {
  return report === undefined ? undefined : (JSON.parse(JSON.stringify(report)) as JsonValue);
}
