import { RipotiError } from '../../../../shared/errors';

/** Where a county's reports live: the server and the database (one per county). */
export interface ServerAddress {
  readonly origin: string;
  readonly database: string;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Reads the server URL from settings, e.g. `https://couch.kilifi.go.ke/ripoti-kilifi`.
 * TLS is required: a password and a report must not cross a café's Wi-Fi in clear. Plain
 * http is accepted only on this computer (tests, a local server).
 */
export function parseServerAddress(url: string): ServerAddress {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new RipotiError('invalid-arguments', 'The sync server address is not a web address. Ask your county administrator for it (it starts with https://).');
  }
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname))) {
    throw new RipotiError('invalid-arguments', 'The sync server address must start with https:// so that your password and report travel encrypted.');
  }
  if (parsed.username || parsed.password) throw new RipotiError('invalid-arguments', 'Put the user name in settings, not in the server address.');
  const database = decodeURIComponent(parsed.pathname.replace(/^\/+|\/+$/g, ''));
  if (!/^[a-z][a-z0-9_$()+/-]*$/.test(database)) {
    throw new RipotiError('invalid-arguments', 'The server address must end with the county database, e.g. https://server/ripoti-kilifi');
  }
  return { origin: parsed.origin, database };
}
