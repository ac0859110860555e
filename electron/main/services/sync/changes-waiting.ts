import type { Report } from '@/shared/report/schema';
import type { JsonObject } from '@/shared/sync/json-value';
import { attachmentDocId, needsSending } from '@/shared/sync/report-documents';
import type { DocRecord, SyncState } from './sync-state';

/**
 * Whether a document must be written: it is new to the server, its content differs from the
 * revision last agreed (the manifest's updatedAt alone does not count), or other leaves merged
 * into it wait to be deleted, or attachments from such a leaf wait to be carried over. A
 * document whose server copy is blocked (malformed) is not written until it is repaired.
 */
export function needsWrite(content: JsonObject, record: DocRecord | undefined, blocked: boolean): boolean {
  if (blocked) return false;
  if (!record) return true;
  return needsSending(content, record.content) || record.merged.length > 0 || record.adopt.length > 0;
}

export function blockedDocIds(state: SyncState): Set<string> {
  return new Set(state.problems.filter((problem) => problem.blocking).map((problem) => problem.docId));
}

/** The "changes waiting" the Sync step shows and the progress counts down: documents to write and photos to send. */
export function changesWaiting(
  state: SyncState,
  docs: ReadonlyMap<string, JsonObject>,
  report: Report | undefined,
): number {
  const blocked = blockedDocIds(state);
  const documents = [...docs].filter(([id, content]) => needsWrite(content, state.docs[id], blocked.has(id))).length;
  return documents + (report ? photosToSend(state, report).length : 0);
}

/** Photos not yet on the server, except those this computer could not get either (reported as problems). */
export function photosToSend(state: SyncState, report: Report): Report['attachments'][string][] {
  const unavailable = new Set(state.problems.map((problem) => problem.docId));
  return Object.values(report.attachments).filter(
    (photo) => !state.sentAttachments.includes(photo.id) && !unavailable.has(attachmentDocId(photo.id)),
  );
}
