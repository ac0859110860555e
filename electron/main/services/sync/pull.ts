import type { JsonObject } from '@/shared/sync/json-value';
import { manifestId, sectionDocId } from '@/shared/sync/report-documents';
import { newestShared } from '@/shared/sync/revisions';
import { checkServerDocument } from '@/shared/sync/server-documents';
import { revisionKey, type CouchDatabase, type FetchedRevision } from './couch-database';
import type { DocRecord, SyncState } from './sync-state';

/** One server document as this pull found it. */
export interface PulledDocument {
  readonly id: string;
  /** Live (not deleted) leaf revisions on the server now, malformed ones included. */
  readonly openRevs: readonly string[];
  /** Live leaves whose content was fetched and has the shape Ripoti writes. */
  readonly leaves: readonly FetchedRevision[];
  /** Live leaves another program wrote in a shape Ripoti does not accept: skipped and reported, never merged or deleted. */
  readonly malformed: readonly {
    readonly rev: string;
    readonly reason: string;
    readonly ancestry: readonly string[];
  }[];
}

export interface Pull {
  /** Only documents that changed since the checkpoint. */
  readonly docs: ReadonlyMap<string, PulledDocument>;
  readonly lastSeq: string;
  /** The content of the ancestor each fetched leaf forked from, when it is not the recorded revision itself. */
  readonly ancestors: ReadonlyMap<string, JsonObject>;
  /** Document ids the change feed was asked about. */
  readonly docIds: readonly string[];
}

/**
 * Reads what changed on the server among this report's documents since the saved checkpoint,
 * with every leaf revision (conflicting branches included). Bodies are fetched only for
 * revisions this computer does not know, so our own writes coming back cost a line each, and a
 * report whose manifest now lists sections this computer has never seen fetches those too.
 */
export async function pullChanges(
  state: SyncState,
  localDocs: ReadonlyMap<string, JsonObject>,
  database: CouchDatabase,
): Promise<Pull> {
  const docIds = reportDocIds(state, localDocs);
  const feed = await database.changes(docIds, state.since);
  const docs = new Map(await readLeaves(state, feed.entries, database));
  const listed = new Set(docIds);
  const unseen = featureDocIds(state.reportId, docs).filter((id) => !listed.has(id));
  if (unseen.length > 0) {
    // Sections a colleague's newer framework added: their whole history is new to us.
    const more = await database.changes(unseen, '0');
    for (const [id, pulled] of await readLeaves(state, more.entries, database)) docs.set(id, pulled);
  }
  return {
    docs,
    lastSeq: feed.lastSeq,
    ancestors: await readAncestors(state, docs, database),
    docIds: [...docIds, ...unseen],
  };
}

async function readLeaves(
  state: SyncState,
  entries: ReadonlyMap<string, { leafRevs: readonly string[] }>,
  database: CouchDatabase,
): Promise<[string, PulledDocument][]> {
  const wanted: { id: string; rev: string }[] = [];
  for (const [id, entry] of entries) {
    const record = state.docs[id];
    // When our own line is no longer a leaf, branches merged earlier may have to carry the document: fetch them too.
    const ourLineGone = record !== undefined && !entry.leafRevs.includes(record.rev);
    for (const rev of entry.leafRevs)
      if (!isKnown(record, rev) || (ourLineGone && rev !== record.rev)) wanted.push({ id, rev });
  }
  const fetched = wanted.length > 0 ? await database.revisions(wanted, true) : new Map<string, FetchedRevision>();
  return [...entries].map(([id, entry]) => {
    const record = state.docs[id];
    const openRevs: string[] = [];
    const leaves: FetchedRevision[] = [];
    const malformed: PulledDocument['malformed'][number][] = [];
    for (const rev of entry.leafRevs) {
      const revision = fetched.get(revisionKey(id, rev));
      if (!revision) {
        // Not fetched: a revision we know (alive when we saw it) or one removed since the feed was read.
        if (isKnown(record, rev)) openRevs.push(rev);
        continue;
      }
      if (revision.deleted) continue;
      openRevs.push(rev);
      const check = checkServerDocument(id, revision.body);
      if (check.ok) leaves.push(revision);
      else malformed.push({ rev, reason: check.reason, ancestry: revision.ancestry });
    }
    return [id, { id, openRevs, leaves, malformed }];
  });
}

function isKnown(record: DocRecord | undefined, rev: string): boolean {
  return record !== undefined && (record.rev === rev || record.merged.includes(rev));
}

/**
 * A fetched leaf is merged against the newest revision it shares with this computer's line.
 * When that is the recorded revision, its content is in the record; when it is older (the
 * branch forked earlier) or a branch merged before, the server is asked for it. A compacted
 * server may no longer have it: the merge then compares the two values.
 */
async function readAncestors(
  state: SyncState,
  docs: ReadonlyMap<string, PulledDocument>,
  database: CouchDatabase,
): Promise<Map<string, JsonObject>> {
  const wanted: { id: string; rev: string }[] = [];
  for (const [id, pulled] of docs) {
    const record = state.docs[id];
    if (!record) continue;
    for (const leaf of pulled.leaves) {
      const ancestor = newestShared(leaf.ancestry, knownRevisions(record));
      if (ancestor !== undefined && ancestor !== record.rev && ancestor !== leaf.rev)
        wanted.push({ id, rev: ancestor });
    }
  }
  const ancestors = new Map<string, JsonObject>();
  if (wanted.length === 0) return ancestors;
  for (const [key, revision] of await database.revisions(wanted, false))
    if (!revision.deleted) ancestors.set(key, revision.body);
  return ancestors;
}

/** Revisions of this document this computer has merged: its line (with ancestors) and branches merged earlier. */
export function knownRevisions(record: DocRecord): Set<string> {
  return new Set([...record.ancestry, ...record.merged]);
}

/** This report's documents: the manifest and every section this computer or its record knows. */
function reportDocIds(state: SyncState, localDocs: ReadonlyMap<string, JsonObject>): string[] {
  const ids = new Set([manifestId(state.reportId), ...localDocs.keys(), ...Object.keys(state.docs)]);
  return [...ids].filter((id) => id.startsWith(manifestId(state.reportId))).sort();
}

/** Section ids named by any manifest leaf just pulled. */
function featureDocIds(reportId: string, docs: ReadonlyMap<string, PulledDocument>): string[] {
  const manifest = docs.get(manifestId(reportId));
  const ids = new Set<string>();
  for (const leaf of manifest?.leaves ?? []) {
    const featureIds = leaf.body['featureIds'];
    if (Array.isArray(featureIds))
      for (const featureId of featureIds) if (typeof featureId === 'string') ids.add(sectionDocId(reportId, featureId));
  }
  return [...ids];
}
