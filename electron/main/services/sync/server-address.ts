import { RipotiError } from '@/shared/errors';

/** Where a county's reports live: the server (with any path prefix before CouchDB) and the database (one per county). */
export interface ServerAddress {
  readonly origin: string;
  /** '' for a server at the root, e.g. '/couchdb' behind a reverse proxy that serves CouchDB under a path. */
  readonly basePath: string;
  readonly database: string;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopback(url: URL): boolean {
  return LOOPBACK.has(url.hostname);
}

/**
 * Reads the server URL from settings, e.g. `https://couch.kilifi.go.ke/ripoti-kilifi` or
 * `https://data.kilifi.go.ke/couchdb/ripoti-kilifi`: the last path segment is the database
 * (a database name with a slash is written %2F, as CouchDB itself requires), what comes before
 * it is the server's path prefix. TLS is required: a password and a report must not cross a
 * café's Wi-Fi in clear. Plain http is accepted only on this computer (tests, a local server).
 */
export function parseServerAddress(url: string): ServerAddress {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new RipotiError(
      'invalid-arguments',
      'The sync server address is not a web address. Ask your county administrator for it (it starts with https://).',
    );
  }
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && isLoopback(parsed))) {
    throw new RipotiError(
      'invalid-arguments',
      'The sync server address must start with https:// so that your password and report travel encrypted.',
    );
  }
  if (parsed.username || parsed.password)
    throw new RipotiError('invalid-arguments', 'Put the user name in the Sync step, not in the server address.');
  if (parsed.search || parsed.hash)
    throw new RipotiError(
      'invalid-arguments',
      'The server address must end with the county database, e.g. https://server/ripoti-kilifi (no "?" or "#" part).',
    );
  const segments = parsed.pathname.split('/').filter((segment) => segment !== '');
  const last = segments.pop() ?? '';
  const database = safeDecode(last);
  if (!/^[a-z][a-z0-9_$()+/-]*$/.test(database)) {
    throw new RipotiError(
      'invalid-arguments',
      'The server address must end with the county database, e.g. https://server/ripoti-kilifi',
    );
  }
  return { origin: parsed.origin, basePath: segments.map((segment) => `/${segment}`).join(''), database };
}

/** The URL of a CouchDB path (`/_session`, `/{db}/_changes?…`) on this server, prefix included. */
export function serverUrl(address: ServerAddress, path: string): URL {
  return new URL(`${address.origin}${address.basePath}${path}`);
}

export function databasePath(address: ServerAddress, suffix = ''): string {
  return `/${encodeURIComponent(address.database)}${suffix}`;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}
