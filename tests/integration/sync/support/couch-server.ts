import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * A real CouchDB-protocol server for tests: express-pouchdb on PouchDB's memory adapter,
 * on 127.0.0.1 and a free port, with a server admin, users in `_users` and one county
 * database whose `_security` names its members (the way docs/server-setup.sh prepares CouchDB).
 */
const require = createRequire(import.meta.url);
const VALIDATE_FILE = path.resolve(import.meta.dirname, '../../../../docs/server-setup-validate.js');

/** The part of a PouchDB database the tests use (pouchdb ships no types). */
export interface PouchDatabase {
  info(): Promise<unknown>;
  get(id: string, options?: object): Promise<Record<string, unknown>>;
  put(doc: object): Promise<{ ok: boolean; id: string; rev: string }>;
  bulkDocs(docs: object[], options?: object): Promise<unknown[]>;
  putAttachment(docId: string, name: string, rev: string, data: Buffer, type: string): Promise<{ rev: string }>;
  compact(): Promise<unknown>;
  close(): Promise<void>;
  replicate: {
    to(
      target: PouchDatabase | string,
      options?: object,
    ): Promise<{ ok: boolean; docs_written: number; doc_write_failures: number }>;
    from(source: PouchDatabase | string, options?: object): Promise<{ ok: boolean }>;
  };
}
export type PouchConstructor = (new (name: string, options?: object) => PouchDatabase) & {
  plugin(plugin: unknown): void;
  defaults(options: object): PouchConstructor;
};

export const ADMIN = { username: 'admin', password: 'admin-secret' };

export interface CouchServer {
  /** e.g. http://127.0.0.1:5984 */
  readonly origin: string;
  /** A document as the server holds it, read as the server admin. */
  getDoc(database: string, id: string): Promise<Record<string, unknown> | undefined>;
  addUser(name: string, password: string, roles?: string[]): Promise<void>;
  /**
   * Creates the county database as docs/server-setup.sh does: `_security` admitting the county
   * role (named like the database) and the national office, and the validate_doc_update of
   * docs/server-setup-validate.js rejecting malformed documents and writes by non-members.
   */
  createCountyDatabase(name: string): Promise<void>;
  /**
   * The county database itself, in this process: what a replica or a cluster node writing to it
   * looks like. Writes here do not pass express-pouchdb's HTTP layer (see stock-writer.ts for why).
   */
  database(name: string): PouchDatabase;
  /** PouchDB itself (memory adapter available), for the stock clients of the tests. */
  readonly PouchDB: PouchConstructor;
  close(): Promise<void>;
}

let servers = 0;

export async function startCouchServer(): Promise<CouchServer> {
  const PouchDB = require('pouchdb') as PouchConstructor;
  PouchDB.plugin(require('pouchdb-adapter-memory'));
  // The memory adapter shares one store per name across the process: a prefix keeps each test server apart.
  const MemoryPouch = PouchDB.defaults({ adapter: 'memory', prefix: `server-${++servers}-` });
  const expressPouchDB = require('express-pouchdb') as (
    pouch: PouchConstructor,
    options: object,
  ) => { listen(port: number, host: string, ready: () => void): Server };
  const app = expressPouchDB(MemoryPouch, { mode: 'fullCouchDB', inMemoryConfig: true, logPath: '/dev/null' });
  const server = await new Promise<Server>((resolve) => {
    const listening: Server = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const asAdmin = {
    authorization: `Basic ${Buffer.from(`${ADMIN.username}:${ADMIN.password}`).toString('base64')}`,
    'content-type': 'application/json',
  };
  await expectOk(
    fetch(`${origin}/_config/admins/${ADMIN.username}`, { method: 'PUT', body: JSON.stringify(ADMIN.password) }),
  );
  const databases = new Map<string, PouchDatabase>();
  const database = (name: string) => {
    let db = databases.get(name);
    if (!db) databases.set(name, (db = new MemoryPouch(name)));
    return db;
  };
  const couch: CouchServer = {
    origin,
    database,
    PouchDB,
    async getDoc(name, id) {
      const response = await fetch(`${origin}/${name}/${encodeURIComponent(id)}`, { headers: asAdmin });
      if (response.status === 404) return undefined;
      return (await response.json()) as Record<string, unknown>;
    },
    async addUser(name, password, roles = []) {
      const id = `org.couchdb.user:${name}`;
      await expectOk(
        fetch(`${origin}/_users/${encodeURIComponent(id)}`, {
          method: 'PUT',
          headers: asAdmin,
          body: JSON.stringify({ _id: id, name, password, roles, type: 'user' }),
        }),
      );
    },
    async createCountyDatabase(name) {
      await expectOk(fetch(`${origin}/${name}`, { method: 'PUT', headers: asAdmin }));
      const security = {
        admins: { names: [], roles: [`${name}-admin`] },
        members: { names: [], roles: [name, 'ripoti-national'] },
      };
      await expectOk(
        fetch(`${origin}/${name}/_security`, { method: 'PUT', headers: asAdmin, body: JSON.stringify(security) }),
      );
      const validate = (await readFile(VALIDATE_FILE, 'utf8'))
        .replace(/^\s*\/\/.*\n/gm, '')
        .replace('__COUNTY_ROLE__', name);
      await expectOk(
        fetch(`${origin}/${name}/_design/ripoti`, {
          method: 'PUT',
          headers: asAdmin,
          body: JSON.stringify({ validate_doc_update: validate }),
        }),
      );
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return couch;
}

async function expectOk(response: Promise<Response>): Promise<void> {
  const settled = await response;
  if (!settled.ok) throw new Error(`test server set-up failed: ${settled.status} ${await settled.text()}`);
}
