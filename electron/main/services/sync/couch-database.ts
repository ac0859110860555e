import { z } from 'zod';
import { RipotiError } from '../../../../shared/errors';
import { jsonEqual, type JsonObject, type JsonValue } from '../../../../shared/sync/json-value';
import { refusalError, type CouchSession } from './couch-session';

const writeAnswer = z.object({ ok: z.literal(true), id: z.string(), rev: z.string() });
const docAnswer = z.looseObject({ _id: z.string(), _rev: z.string(), _deleted: z.boolean().optional() });
const changesAnswer = z.object({
  results: z.array(z.object({ id: z.string(), seq: z.union([z.string(), z.number()]), deleted: z.boolean().optional(), changes: z.array(z.object({ rev: z.string() })) })),
  last_seq: z.union([z.string(), z.number()]),
});
const allDocsAnswer = z.object({ rows: z.array(z.object({ key: z.string(), doc: docAnswer.nullish(), error: z.string().optional() })) });
const attachmentStub = z.looseObject({ _attachments: z.record(z.string(), z.looseObject({ length: z.number().optional() })).optional() });

export interface StoredDoc {
  readonly rev: string;
  readonly body: JsonObject;
}

export type WriteOutcome = { readonly written: true; readonly rev: string } | { readonly written: false };

/** A changed document: its new revision, and its body when the caller asked for it (null = deleted). */
export type Change = { readonly rev: string; readonly body?: JsonObject } | null;

export interface ChangeBatch {
  readonly docs: ReadonlyMap<string, Change>;
  readonly lastSeq: string;
}

/** The CouchDB 3.x document API for one county database, answers validated with zod. */
export class CouchDatabase {
  constructor(private readonly session: CouchSession) {}

  async get(id: string): Promise<StoredDoc | undefined> {
    const response = await this.session.request({ method: 'GET', path: this.session.databasePath(`/${encodeURIComponent(id)}`) });
    if (response.status === 404) return undefined;
    if (response.status !== 200) throw refusalError(response);
    return toStored(docAnswer.parse(response.json()));
  }

  /**
   * Writes a document at a known revision. Idempotent: when a retried PUT meets 409 because the
   * first attempt did arrive (its answer was lost on the way back), the stored body equals ours
   * and we adopt its revision instead of writing a second one. A real colleague's edit gives
   * `{ written: false }` so the caller pulls and merges.
   */
  async put(id: string, rev: string | undefined, body: JsonObject): Promise<WriteOutcome> {
    const response = await this.session.request({ method: 'PUT', path: this.session.databasePath(`/${encodeURIComponent(id)}`), json: { ...body, _id: id, ...(rev ? { _rev: rev } : {}) } });
    if (response.status === 201 || response.status === 202) return { written: true, rev: writeAnswer.parse(response.json()).rev };
    if (response.status === 404) throw new RipotiError('not-found', `Server refused: the database "${this.session.address.database}" does not exist. Ask your county administrator to run the server set-up.`);
    if (response.status !== 409) throw refusalError(response);
    const current = await this.get(id);
    if (!current) return rev ? this.put(id, undefined, body) : { written: false };
    return jsonEqual(current.body, body) ? { written: true, rev: current.rev } : { written: false };
  }

  /**
   * Documents changed since `since` whose id starts with `prefix`. The feed itself carries only
   * ids and revisions; bodies are fetched in one request, and only for the revisions `wanted`
   * says we lack, so our own writes coming back are not downloaded again over a 2G link.
   */
  async changes(since: string, prefix: string, wanted: (id: string, rev: string) => boolean): Promise<ChangeBatch> {
    const response = await this.session.request({ method: 'GET', path: this.session.databasePath(`/_changes?since=${encodeURIComponent(since)}`) });
    if (response.status === 404) throw new RipotiError('not-found', `Server refused: the database "${this.session.address.database}" does not exist. Ask your county administrator to run the server set-up.`);
    if (response.status !== 200) throw refusalError(response);
    const answer = changesAnswer.parse(response.json());
    const docs = new Map<string, Change>();
    for (const change of answer.results) {
      const rev = change.changes[0]?.rev;
      if (!change.id.startsWith(prefix) || rev === undefined) continue;
      docs.set(change.id, change.deleted ? null : { rev });
    }
    const missing = [...docs].filter(([id, change]) => change !== null && wanted(id, change.rev)).map(([id]) => id);
    for (const [id, stored] of await this.getMany(missing)) docs.set(id, stored);
    return { docs, lastSeq: String(answer.last_seq) };
  }

  /** Several documents in one request (POST _all_docs with keys); missing ones are left out. */
  async getMany(ids: readonly string[]): Promise<Map<string, StoredDoc>> {
    const found = new Map<string, StoredDoc>();
    if (ids.length === 0) return found;
    const response = await this.session.request({ method: 'POST', path: this.session.databasePath('/_all_docs?include_docs=true'), json: { keys: ids } });
    if (response.status !== 200) throw refusalError(response);
    for (const row of allDocsAnswer.parse(response.json()).rows) if (row.doc) found.set(row.key, toStored(row.doc));
    return found;
  }

  /** True when the photo with this digest is already stored whole on the server. */
  async hasAttachment(docId: string, byteLength: number): Promise<boolean> {
    const response = await this.session.request({ method: 'GET', path: this.session.databasePath(`/${encodeURIComponent(docId)}`) });
    if (response.status === 404) return false;
    if (response.status !== 200) throw refusalError(response);
    return attachmentStub.parse(response.json())._attachments?.content?.length === byteLength;
  }

  /** Large photos go alone, as a standalone attachment PUT, never inside a JSON document. */
  async putAttachment(docId: string, mediaType: string, bytes: Uint8Array): Promise<void> {
    const existing = await this.get(docId);
    const revQuery = existing ? `?rev=${encodeURIComponent(existing.rev)}` : '';
    const response = await this.session.request({ method: 'PUT', path: this.session.databasePath(`/${encodeURIComponent(docId)}/content${revQuery}`), bytes, contentType: mediaType });
    if (response.status === 201 || response.status === 202) return;
    // 409: a retried upload whose first attempt arrived; the caller checks presence again.
    if (response.status === 409 && (await this.hasAttachment(docId, bytes.byteLength))) return;
    throw refusalError(response);
  }

  async getAttachment(docId: string): Promise<Uint8Array> {
    const response = await this.session.request({ method: 'GET', path: this.session.databasePath(`/${encodeURIComponent(docId)}/content`) });
    if (response.status !== 200) throw refusalError(response);
    return response.body;
  }
}

function toStored(doc: z.infer<typeof docAnswer>): StoredDoc {
  const { _id: _omitId, _rev: rev, _revisions: _omitRevisions, _attachments: _omitAttachments, ...body } = doc;
  return { rev, body: body as Record<string, JsonValue> };
}
