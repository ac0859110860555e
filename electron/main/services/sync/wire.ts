/**
 * One HTTP exchange with the county server, as bytes on the wire. The sync code above it
 * (session, database) never sees sockets; the transport below it never sees CouchDB.
 */
export interface WireRequest {
  readonly method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'DELETE';
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: Uint8Array;
}

export interface WireResponse {
  readonly status: number;
  /** Lower-case names; repeated headers joined with ", " (Set-Cookie is kept apart). */
  readonly headers: Readonly<Record<string, string>>;
  readonly setCookies: readonly string[];
  /** Decoded (gzip and deflate undone). */
  readonly body: Uint8Array;
}

export interface WireLimits {
  /** TCP connect plus TLS handshake: past this the server "cannot be reached". */
  readonly connectTimeoutMs: number;
  /** No byte moved in either direction for this long: the link stalled. Never a limit on total time. */
  readonly idleTimeoutMs: number;
  /** Decoded answer larger than this is refused (a broken or hostile server must not fill memory). */
  readonly maxResponseBytes: number;
}

export interface WireProgress {
  readonly sentBytes: number;
  readonly receivedBytes: number;
}

export interface WireTransport {
  send(
    request: WireRequest,
    limits: WireLimits,
    signal: AbortSignal,
    onProgress?: (progress: WireProgress) => void,
  ): Promise<WireResponse>;
  /** Closes kept-alive connections (end of a sync). */
  close(): void;
}

/** Why an exchange failed before an answer arrived; the session decides what to tell and whether to retry. */
export type WireFailureKind =
  /** Connect or TLS handshake did not finish in time, or the network is down: try again later. */
  | 'cannot-reach'
  /** DNS says the name does not exist: a typo in the address; retrying cannot help. */
  | 'name-not-found'
  /** Nothing listens on that port: the address is wrong; retrying cannot help. */
  | 'refused'
  /** The certificate is not trusted by this computer (or names another server). */
  | 'untrusted-certificate'
  /** The connection broke after it was made: safe to retry. */
  | 'dropped'
  /** No progress for the idle limit: safe to retry. */
  | 'stalled'
  /** The answer exceeded the size limit. */
  | 'too-large';

export class WireFailure extends Error {
  constructor(
    readonly kind: WireFailureKind,
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${kind}: ${detail}`, options);
    this.name = 'WireFailure';
  }
}

export function isWireFailure(value: unknown): value is WireFailure {
  return value instanceof WireFailure;
}
