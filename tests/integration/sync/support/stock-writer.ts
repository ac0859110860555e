import type { CouchServer, PouchDatabase } from './couch-server';

/**
 * Another program writing to the county database: a stock PouchDB, as a colleague's script, a
 * national replica or a CHT-style client would be. It reads the county database over HTTP
 * with a member's password (CouchDB's replication protocol against express-pouchdb), edits its
 * own copy, and replicates its changes back into the same database.
 *
 * The push goes in-process, into the database express-pouchdb serves, not over HTTP: with a
 * validation function installed, express-pouchdb answers a replicator's `_bulk_docs` with
 * `new_edits: false` by `201 []` and drops the documents (its validation wrapper replaces each
 * document's `_revisions`). CouchDB does not; it runs validate_doc_update on replicated
 * documents too. Writing in-process is what a replica or a cluster node does; it also skips
 * the validation function, so malformed documents can be placed the way a database whose rules
 * were missing or older would hold them.
 */
export interface StockWriter {
  readonly db: PouchDatabase;
  /** Replicates the county database into this client over HTTP. */
  pull(): Promise<void>;
  /** Replicates this client's changes into the county database (conflicting branches included). */
  push(): Promise<void>;
  /** Edits one document of the local copy, as the program's user would. */
  edit(id: string, change: (doc: Record<string, unknown>) => void): Promise<string>;
  attach(id: string, name: string, bytes: Buffer, type: string): Promise<string>;
}

let writers = 0;

export function stockWriter(
  server: CouchServer,
  database: string,
  credentials: { username: string; password: string },
): StockWriter {
  const db = new server.PouchDB(`stock-writer-${++writers}-${crypto.randomUUID()}`, { adapter: 'memory' });
  const remote = new server.PouchDB(`${server.origin}/${database}`, { auth: credentials, skip_setup: true });
  return {
    db,
    async pull() {
      const result = await db.replicate.from(remote);
      if (!result.ok) throw new Error('stock client: pull failed');
    },
    async push() {
      const result = await db.replicate.to(server.database(database));
      if (!result.ok || result.doc_write_failures > 0)
        throw new Error(`stock client: push failed (${result.doc_write_failures} refused)`);
    },
    async edit(id, change) {
      const doc = await db.get(id);
      change(doc);
      return (await db.put(doc)).rev;
    },
    async attach(id, name, bytes, type) {
      const doc = await db.get(id);
      return (await db.putAttachment(id, name, String(doc['_rev']), bytes, type)).rev;
    },
  };
}
