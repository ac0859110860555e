import { createHash } from 'node:crypto';
import { RipotiError, isRipotiError } from '../../../../shared/errors';
import { reportSchema, type Report } from '../../../../shared/report/schema';
import { jsonEqual, type JsonObject, type JsonValue } from '../../../../shared/sync/json-value';
import { attachmentDocId, documentsToReport, manifestId, needsSending, reportToDocuments } from '../../../../shared/sync/report-documents';
import { threeWayMerge } from '../../../../shared/sync/three-way-merge';
import type { JobContext } from '../jobs/job-registry';
import type { ReportRepository } from '../reports/report-repository';
import type { AttachmentBlobs } from './attachment-blobs';
import type { CouchDatabase } from './couch-database';
import type { SyncState } from './sync-state';

export type RoundOutcome =
  | { readonly kind: 'synced'; readonly sentDocs: number; readonly sentAttachments: number; readonly receivedDocs: number }
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

/**
 * One pull–merge–push round. Pull: colleagues' changes from `_changes` since the last round,
 * laid over the base. Merge: three-way per field. With conflicts nothing is sent and nothing of
 * the officer's is overwritten. Push: only documents that differ from the server's, photos first
 * and alone; each success is recorded at once, so a dropped connection resumes without resending.
 */
export async function syncRound(state: SyncState, dependencies: RoundDependencies): Promise<RoundOutcome> {
  const { database, repository, job } = dependencies;
  const reportId = state.reportId;
  job.progress({ done: 0, total: 1, step: { code: 'fetching' } });
  const local = await localCopy(repository, reportId);
  const remoteDocs = new Map<string, JsonObject>(state.base ? reportToDocuments(state.base) : []);
  const remoteRevs = { ...state.revs };
  // A body is needed for a colleague's revision, or for our own when the base does not hold it yet (first upload cut short).
  const pulled = await database.changes(state.since, manifestId(reportId), (id, rev) => remoteRevs[id] !== rev || !remoteDocs.has(id));
  let receivedDocs = 0;
  for (const [id, doc] of pulled.docs) {
    if (!doc) {
      // Ripoti never deletes documents: a tombstone is an administrator's slip or a broken restore.
      // Keep the base content and forget the revision, so the officer's text is written back.
      Reflect.deleteProperty(remoteRevs, id);
      continue;
    }
    // Our own earlier writes come back through the feed too (without body): not news.
    if (!doc.body) continue;
    if (remoteRevs[id] !== doc.rev) receivedDocs++;
    remoteDocs.set(id, doc.body);
    remoteRevs[id] = doc.rev;
  }
  if (await serverForgot(state, pulled.docs, database)) return { kind: 'forgotten' };
  const remote = receivedDocs > 0 || !state.base ? parseRemote(reportId, remoteDocs) : state.base;
  if (!local && !remote) throw new RipotiError('not-found', 'This report is neither on this computer nor on the server.');
  const { merged, conflicts } = threeWayMerge(asJson(state.base ?? undefined), asJson(local), asJson(remote));
  const mergedReport = reportSchema.parse(merged);
  if (!jsonEqual(asJson(mergedReport), asJson(local))) {
    // The officer may have typed during the pull: only write if the draft is still what we merged.
    if (!jsonEqual(asJson(await localCopy(repository, reportId)), asJson(local))) return { kind: 'retry' };
    await repository.put(mergedReport);
  }
  await fetchPhotos(mergedReport, dependencies);
  const next: SyncState = { ...state, base: remote ?? null, revs: remoteRevs, since: pulled.lastSeq };
  if (conflicts.length > 0) {
    await dependencies.persist({ ...next, conflicts: conflicts.map((conflict) => ({ ...conflict, path: [...conflict.path] })) });
    return { kind: 'conflicts', count: conflicts.length };
  }
  return push(mergedReport, remoteDocs, { ...next, conflicts: [] }, dependencies, receivedDocs);
}

async function push(report: Report, remoteDocs: Map<string, JsonObject>, state: SyncState, dependencies: RoundDependencies, receivedDocs: number): Promise<RoundOutcome> {
  const { database, blobs, job } = dependencies;
  const photos = Object.values(report.attachments).filter((attachment) => !state.sentAttachments.includes(attachment.id));
  const docs = [...reportToDocuments(report)].filter(([id, body]) => !state.revs[id] || needsSending(body, remoteDocs.get(id)));
  const total = photos.length + docs.length;
  let done = 0;
  let current = state;
  for (const photo of photos) {
    job.progress({ done, total, step: { code: 'sending-photo', fileName: photo.fileName } });
    const docId = attachmentDocId(photo.id);
    if (!(await database.hasAttachment(docId, photo.byteLength))) {
      const bytes = await blobs.read(photo.id);
      if (sha256(bytes) !== photo.id) throw new RipotiError('invalid-data', `The photo ${photo.fileName} is damaged on this computer; it was not sent.`);
      await database.putAttachment(docId, photo.mediaType, bytes);
    }
    current = { ...current, sentAttachments: [...current.sentAttachments, photo.id] };
    await dependencies.persist(current);
    done++;
  }
  // Sections first, the manifest last: a colleague never sees a manifest pointing at sections not yet there.
  docs.sort(([a], [b]) => Number(a === manifestId(report.id)) - Number(b === manifestId(report.id)));
  for (const [id, body] of docs) {
    job.progress({ done, total, step: { code: 'sending-changes' } });
    const outcome = await database.put(id, current.revs[id], body);
    if (!outcome.written) return { kind: 'retry' };
    current = { ...current, revs: { ...current.revs, [id]: outcome.rev }, base: mergeBaseAfterWrite(current, report, id) };
    await dependencies.persist(current);
    done++;
  }
  await dependencies.persist({ ...current, base: report, lastSyncedAt: dependencies.nowIso() });
  job.progress({ done: total, total, step: { code: 'synced' } });
  return { kind: 'synced', sentDocs: docs.length, sentAttachments: photos.length, receivedDocs };
}

/** After one document arrived, the base takes that document's content and keeps the rest. */
function mergeBaseAfterWrite(state: SyncState, report: Report, writtenId: string): Report | null {
  const baseDocs = new Map(state.base ? reportToDocuments(state.base) : []);
  const written = reportToDocuments(report).get(writtenId);
  if (written) baseDocs.set(writtenId, written);
  const parsed = reportSchema.safeParse(documentsToReport(report.id, baseDocs));
  return parsed.success ? parsed.data : state.base;
}

async function fetchPhotos(report: Report, { database, blobs }: RoundDependencies): Promise<void> {
  for (const attachment of Object.values(report.attachments)) {
    if (await blobs.has(attachment.id)) continue;
    const bytes = await database.getAttachment(attachmentDocId(attachment.id));
    if (sha256(bytes) !== attachment.id) throw new RipotiError('invalid-data', `The server sent a damaged copy of ${attachment.fileName}; it was not saved.`);
    await blobs.write(attachment.id, bytes, { fileName: attachment.fileName, mediaType: attachment.mediaType });
  }
}

/**
 * A server that accepted our writes and then lost them (restored from backup, recreated) sends
 * no change for them. One small GET of the manifest per sync notices it, so the next round
 * sends everything again instead of trusting revisions the server no longer has.
 */
async function serverForgot(state: SyncState, pulled: ReadonlyMap<string, unknown>, database: CouchDatabase): Promise<boolean> {
  const id = manifestId(state.reportId);
  const known = state.revs[id];
  if (!known || pulled.has(id)) return false;
  const current = await database.get(id);
  return current?.rev !== known;
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

function parseRemote(reportId: string, docs: ReadonlyMap<string, JsonObject>): Report | undefined {
  const assembled = documentsToReport(reportId, docs);
  if (assembled === undefined) return undefined;
  const parsed = reportSchema.safeParse(assembled);
  if (!parsed.success) throw new RipotiError('invalid-data', 'The server holds a damaged copy of this report; nothing was changed here. Ask your county administrator.');
  return parsed.data;
}

function asJson(report: Report | undefined): JsonValue | undefined {
  return report === undefined ? undefined : (JSON.parse(JSON.stringify(report)) as JsonValue);
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
