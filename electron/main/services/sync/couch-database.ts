import { z } from 'zod';
import type { JsonObject } from '@/shared/sync/json-value';
import { ancestryOf } from '@/shared/sync/revisions';
import { refusal, type CouchResponse, type CouchSession } from './couch-session';
import { databasePath } from './server-address';
import { SyncFailure } from './sync-failure';
import type { WireProgress } from './wire';

const revisionsAnswer = z.object({ start: z.number().int(), ids: z.array(z.string()) });
const stubAnswer = z.looseObject({
  content_type: z.string().optional(),
  digest: z.string().optional(),
  length: z.number().optional(),
  revpos: z.number().optional(),
});
const docAnswer = z.looseObject({
  _id: z.string(),
  _rev: z.string(),
  _deleted: z.boolean().optional(),
  _revisions: revisionsAnswer.optional(),
  _attachments: z.record(z.string(), stubAnswer).optional(),
});
const changesAnswer = z.object({
  results: z.array(
    z.object({ id: z.string(), deleted: z.boolean().optional(), changes: z.array(z.object({ rev: z.string() })) }),
  ),
  last_seq: z.union([z.string(), z.number()]),
});
const bulkGetAnswer = z.object({
  results: z.array(z.object({ id: z.string(), docs: z.array(z.looseObject({ ok: docAnswer.optional() })) })),
});
const allDocsAnswer = z.object({
  rows: z.array(z.object({ value: z.object({ rev: z.string(), deleted: z.boolean().optional() }).optional() })),
});
const bulkDocsAnswer = z.array(
  z.object({
    id: z.string(),
    rev: z.string().optional(),
    ok: z.boolean().optional(),
    error: z.string().optional(),
    reason: z.string().optional(),
  }),
);

/** CouchDB's description of an attachment it holds; sent back as a stub so the attachment is kept. */
export type AttachmentStub = z.infer<typeof stubAnswer>;

export interface FeedEntry {
  readonly id: string;
  /** Every leaf revision, deleted ones included (style=all_docs). */
  readonly leafRevs: readonly string[];
}

export interface Feed {
  readonly entries: ReadonlyMap<string, FeedEntry>;
  readonly lastSeq: string;
}

export interface FetchedRevision {
  readonly id: string;
  readonly rev: string;
  readonly deleted: boolean;
  /** The document with CouchDB's own fields (`_id`, `_rev`, `_attachments`…) removed. */
  readonly body: JsonObject;
  readonly ancestry: readonly string[];
  readonly attachments: Readonly<Record<string, AttachmentStub>>;
}

export interface BulkResult {
  readonly id: string;
  readonly rev?: string;
  readonly error?: string;
  readonly reason?: string;
}

const BULK_GET_BATCH = 20;
/** One document read alone (the questions: about 60 kB today); the server set-up caps documents at 8 MB. */
const DEFAULT_DOCUMENT_BYTES = 8 * 1024 * 1024;
/** A batch of revisions may carry several long sections (the server-set-up allows 8 MB a document). */
const BULK_GET_MAX_BYTES = 64 * 1024 * 1024;

/** The CouchDB 3.x document API for one county database, answers validated with zod. */
export class CouchDatabase {
  constructor(private readonly session: CouchSession) {}

  /**
   * What changed since `since` among these documents only: `_changes` filtered by `_doc_ids`
   * (POST, so the list does not lengthen the URL), every leaf revision of each (`style=all_docs`)
   * so conflicting branches are seen, and `seq_interval` so the server computes one sequence
   * for the batch instead of one per row (smaller answers, less work for a cluster).
   */
  async changes(docIds: readonly string[], since: string): Promise<Feed> {
    const query = `?filter=_doc_ids&style=all_docs&seq_interval=${Math.max(1, docIds.length)}&since=${encodeURIComponent(since)}`;
    const response = await this.session.request({
      method: 'POST',
      path: this.path(`/_changes${query}`),
      json: { doc_ids: docIds },
    });
    this.expect(response, [200]);
    const answer = changesAnswer.parse(response.json());
    const entries = new Map<string, FeedEntry>();
    for (const row of answer.results)
      entries.set(row.id, { id: row.id, leafRevs: row.changes.map((change) => change.rev) });
    return { entries, lastSeq: String(answer.last_seq) };
  }

  /** Given revisions of given documents (`_bulk_get`), with their ancestry when asked; revisions the server no longer has are left out. */
  async revisions(
    wanted: readonly { id: string; rev: string }[],
    withAncestry: boolean,
  ): Promise<Map<string, FetchedRevision>> {
    const found = new Map<string, FetchedRevision>();
    for (let start = 0; start < wanted.length; start += BULK_GET_BATCH) {
      const batch = wanted.slice(start, start + BULK_GET_BATCH);
      const response = await this.session.request({
        method: 'POST',
        path: this.path(`/_bulk_get${withAncestry ? '?revs=true' : ''}`),
        json: { docs: batch },
        maxResponseBytes: BULK_GET_MAX_BYTES,
      });
      this.expect(response, [200]);
      for (const result of bulkGetAnswer.parse(response.json()).results) {
        for (const entry of result.docs)
          if (entry.ok) found.set(revisionKey(entry.ok._id, entry.ok._rev), fetched(entry.ok));
      }
    }
    return found;
  }

  /** Writes and deletions in one request; one result per document, in the order sent (CouchDB's documented behaviour). */
  async bulkDocs(docs: readonly JsonObject[]): Promise<BulkResult[]> {
    const response = await this.session.request({ method: 'POST', path: this.path('/_bulk_docs'), json: { docs } });
    this.expect(response, [201, 202]);
    return bulkDocsAnswer.parse(response.json());
  }

  /**
   * The winning revision of a document, undefined when there is none (or it is deleted): one
   * row of `_all_docs`, about a hundred bytes of answer. (A HEAD's ETag would be smaller, but
   * only CouchDB makes it the revision; the test server sends a hash of the body.)
   */
  async currentRev(id: string): Promise<string | undefined> {
    const response = await this.session.request({
      method: 'POST',
      path: this.path('/_all_docs'),
      json: { keys: [id] },
    });
    this.expect(response, [200]);
    const [row] = allDocsAnswer.parse(response.json()).rows;
    return row?.value && !row.value.deleted ? row.value.rev : undefined;
  }

  /** A document's winning revision with its body (CouchDB's own fields removed); undefined when there is none. */
  async document(
    id: string,
    maxBytes = DEFAULT_DOCUMENT_BYTES,
  ): Promise<{ rev: string; body: JsonObject } | undefined> {
    const response = await this.session.request({
      method: 'GET',
      path: this.path(`/${encodeURIComponent(id)}`),
      maxResponseBytes: maxBytes,
    });
    if (response.status === 404) return undefined;
    this.expect(response, [200]);
    const doc = docAnswer.parse(response.json());
    return doc._deleted ? undefined : { rev: doc._rev, body: fetched(doc).body };
  }

  /** True when the photo with this digest is already stored whole on the server. */
  async hasAttachment(docId: string, byteLength: number): Promise<boolean> {
    const response = await this.session.request({ method: 'GET', path: this.path(`/${encodeURIComponent(docId)}`) });
    if (response.status === 404) return false;
    this.expect(response, [200]);
    return docAnswer.parse(response.json())._attachments?.['content']?.length === byteLength;
  }

  /** A photo goes alone, as a standalone attachment PUT, never inside a JSON document. */
  async putAttachment(
    docId: string,
    mediaType: string,
    bytes: Uint8Array,
    onProgress?: (progress: WireProgress) => void,
  ): Promise<void> {
    const rev = await this.currentRev(docId);
    const revQuery = rev ? `?rev=${encodeURIComponent(rev)}` : '';
    const response = await this.session.request({
      method: 'PUT',
      path: this.path(`/${encodeURIComponent(docId)}/content${revQuery}`),
      bytes,
      contentType: mediaType,
      ...(onProgress && { onProgress }),
    });
    if (response.status === 201 || response.status === 202) return;
    // 409: a retried upload whose first attempt arrived; the caller checks presence again.
    if (response.status === 409 && (await this.hasAttachment(docId, bytes.byteLength))) return;
    throw refusal(response);
  }

  /** An attachment's bytes, refused beyond `maxBytes` (the size the report declares for it). Undefined when the server has none. */
  async getAttachment(docId: string, name: string, maxBytes: number, rev?: string): Promise<Uint8Array | undefined> {
    const query = rev ? `?rev=${encodeURIComponent(rev)}` : '';
    const response = await this.session.request({
      method: 'GET',
      path: this.path(`/${encodeURIComponent(docId)}/${encodeURIComponent(name)}${query}`),
      maxResponseBytes: maxBytes,
    });
    if (response.status === 404) return undefined;
    this.expect(response, [200]);
    return response.body;
  }

  private path(suffix: string): string {
    return databasePath(this.session.address, suffix);
  }

  private expect(response: CouchResponse, statuses: readonly number[]): void {
    if (statuses.includes(response.status)) return;
    if (response.status === 404) {
      throw new SyncFailure(
        'not-found',
        `Server refused: the database "${this.session.address.database}" does not exist. Ask your county administrator to run the server set-up.`,
        false,
      );
    }
    throw refusal(response);
  }
}

export function revisionKey(id: string, rev: string): string {
  return `${id} ${rev}`;
}

function fetched(doc: z.infer<typeof docAnswer>): FetchedRevision {
  const body = Object.fromEntries(Object.entries(doc).filter(([key]) => !key.startsWith('_'))) as JsonObject;
  return {
    id: doc._id,
    rev: doc._rev,
    deleted: doc._deleted === true,
    body,
    ancestry: ancestryOf(doc._revisions, doc._rev),
    attachments: doc._attachments ?? {},
  };
}
