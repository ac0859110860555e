import type { JsonObject } from '@/shared/sync/json-value';
import { extendAncestry, generationOf } from '@/shared/sync/revisions';
import type { CouchDatabase } from './couch-database';
import { SyncFailure } from './sync-failure';
import type { DocRecord, SyncState } from './sync-state';

/** A document to write: its merged content on the revision its record names (none: written afresh). */
export interface WriteTarget {
  readonly id: string;
  readonly content: JsonObject;
  readonly record: DocRecord | undefined;
}

export interface PushDependencies {
  readonly database: CouchDatabase;
  readonly persist: (state: SyncState) => Promise<void>;
  readonly written: (count: number) => void;
}

export type PushOutcome =
  | {
      readonly kind: 'done';
      readonly state: SyncState;
      readonly written: number;
      readonly tombstones: ReadonlySet<string>;
    }
  /** A document moved on the server while we wrote (or the answer did not fit): pull and merge again. */
  | { readonly kind: 'retry'; readonly state: SyncState; readonly conflicted: readonly string[] };

const BATCH_DOCUMENTS = 20;
const BATCH_BYTES = 256 * 1024;
/** An attachment another program put on a branch, copied when that branch is deleted: read up to this size when its length is unknown. */
const ADOPTED_ATTACHMENT_LIMIT = 64 * 1024 * 1024;

/**
 * Writes documents with `_bulk_docs`: each merged document on its revision, with the stubs of
 * attachments other programs added (so they are kept), and in the same request the deletion of
 * every other leaf already merged into it, as CouchDB's conflict documentation prescribes.
 * Batches are small so a dropped 2G connection costs little; each batch is recorded at once.
 */
export async function pushDocuments(
  targets: readonly WriteTarget[],
  start: SyncState,
  dependencies: PushDependencies,
): Promise<PushOutcome> {
  let state = start;
  let written = 0;
  const conflicted: string[] = [];
  const tombstones = new Set<string>();
  for (const batch of batches(targets)) {
    const sent = await Promise.all(batch.map((target) => documentsOf(target, dependencies.database)));
    const results = await dependencies.database.bulkDocs(sent.flat());
    if (results.length !== sent.flat().length) return { kind: 'retry', state, conflicted };
    let offset = 0;
    const docs = { ...state.docs };
    for (const [index, target] of batch.entries()) {
      const documents = sent[index] ?? [];
      const [write, ...deletions] = results.slice(offset, offset + documents.length);
      offset += documents.length;
      for (const deletion of deletions) if (deletion.rev && !deletion.error) tombstones.add(deletion.rev);
      if (!write || write.id !== target.id) return { kind: 'retry', state, conflicted };
      if (write.error === 'forbidden' || write.error === 'unauthorized') {
        throw new SyncFailure(
          'permission-denied',
          `The county server refused ${describe(target.id)}: ${write.reason ?? write.error}. Ask your county administrator.`,
          false,
        );
      }
      if (write.error && write.error !== 'conflict') {
        throw new SyncFailure(
          'invalid-data',
          `The county server could not store ${describe(target.id)}: ${write.reason ?? write.error}.`,
          false,
        );
      }
      // A conflict (the document moved meanwhile), or an answer that does not fit what was sent: read the server again.
      if (
        write.error ||
        !write.rev ||
        (target.record && generationOf(write.rev) !== generationOf(target.record.rev) + 1)
      ) {
        conflicted.push(target.id);
        continue;
      }
      docs[target.id] = afterWrite(target, write.rev, documents[0]);
      written++;
    }
    state = { ...state, docs };
    await dependencies.persist(state);
    dependencies.written(batch.length);
  }
  return conflicted.length > 0 ? { kind: 'retry', state, conflicted } : { kind: 'done', state, written, tombstones };
}

async function documentsOf(target: WriteTarget, database: CouchDatabase): Promise<JsonObject[]> {
  const { id, content, record } = target;
  const doc: JsonObject = { ...content, _id: id };
  if (record) doc['_rev'] = record.rev;
  const attachments: JsonObject = {};
  for (const [name, stub] of Object.entries(record?.attachments ?? {})) attachments[name] = { ...stub, stub: true };
  for (const pending of record?.adopt ?? []) {
    const bytes = await database.getAttachment(
      id,
      pending.name,
      pending.length > 0 ? pending.length : ADOPTED_ATTACHMENT_LIMIT,
      pending.fromRev,
    );
    if (bytes)
      attachments[pending.name] = { content_type: pending.contentType, data: Buffer.from(bytes).toString('base64') };
  }
  if (Object.keys(attachments).length > 0) doc['_attachments'] = attachments;
  const deletions = (record?.merged ?? []).map((rev): JsonObject => ({ _id: id, _rev: rev, _deleted: true }));
  return [doc, ...deletions];
}

function afterWrite(target: WriteTarget, rev: string, sent: JsonObject | undefined): DocRecord {
  const attachments: DocRecord['attachments'] = {};
  const sentAttachments = (sent?.['_attachments'] ?? {}) as Record<string, { content_type?: string; length?: number }>;
  for (const [name, stub] of Object.entries(sentAttachments))
    attachments[name] = {
      content_type: stub.content_type ?? 'application/octet-stream',
      ...(stub.length !== undefined && { length: stub.length }),
    };
  return {
    rev,
    ancestry: extendAncestry(rev, target.record?.ancestry ?? []),
    content: target.content,
    merged: [],
    attachments,
    adopt: [],
  };
}

/** Sections first, in small batches, and the manifest alone at the end: a colleague never sees a manifest naming sections not yet there. */
function batches(targets: readonly WriteTarget[]): WriteTarget[][] {
  const isManifest = (target: WriteTarget) => target.id.split(':').length === 2;
  const out: WriteTarget[][] = [];
  let current: WriteTarget[] = [];
  let bytes = 0;
  for (const target of targets.filter((candidate) => !isManifest(candidate))) {
    const size = JSON.stringify(target.content).length;
    if (current.length > 0 && (current.length >= BATCH_DOCUMENTS || bytes + size > BATCH_BYTES)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(target);
    bytes += size;
  }
  if (current.length > 0) out.push(current);
  const manifest = targets.filter(isManifest);
  return manifest.length > 0 ? [...out, manifest] : out;
}

function describe(id: string): string {
  const featureId = id.split(':')[2];
  return featureId ? `section ${featureId}` : 'the report’s header';
}
