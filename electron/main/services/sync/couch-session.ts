import { gzipSync } from 'node:zlib';
import { RipotiError } from '@/shared/errors';
import { backoffDelay, isRetryableStatus, parseRetryAfter, sleep, type RetryPolicy } from './retry-policy';
import { serverUrl, type ServerAddress } from './server-address';
import { busyServer, redirectRefused, SyncFailure, wireFailureMessage } from './sync-failure';
import { isWireFailure, type WireProgress, type WireResponse, type WireTransport } from './wire';

export interface CouchCredentials {
  readonly username: string;
  readonly password: string;
}

export interface CouchRequest {
  readonly method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'DELETE';
  /** Path under the server (prefix excluded), already encoded, e.g. `/ripoti-kilifi/_changes?…`. */
  readonly path: string;
  readonly json?: unknown;
  readonly bytes?: Uint8Array;
  readonly contentType?: string;
  /** 16 MB unless said otherwise: enough for any JSON answer Ripoti asks for. */
  readonly maxResponseBytes?: number;
  readonly onProgress?: (progress: WireProgress) => void;
}

export interface CouchResponse extends WireResponse {
  json(): unknown;
}

/** Session cookies kept between syncs while the app runs, so a one-field edit does not log in again. */
export interface SessionCookies {
  get(account: string): string | undefined;
  set(account: string, cookie: string | undefined): void;
}

const DEFAULT_MAX_RESPONSE = 16 * 1024 * 1024;
/** JSON bodies above this are sent gzip-compressed (CouchDB 3 accepts Content-Encoding: gzip on JSON requests). */
const COMPRESS_ABOVE = 1024;

type Auth = { readonly kind: 'cookie'; readonly cookie: string } | { readonly kind: 'basic' };

/**
 * One conversation with CouchDB. Logs in with a session cookie (POST /_session); a server that
 * answers the login without setting one (a proxy that strips cookies) is spoken to with Basic
 * auth instead, which the address rules allow only over https or on this computer. A 401 in the
 * middle (the cookie expired) logs in again once. No redirect is ever followed, for the login
 * or any request: the password goes only to the address the officer typed. Dropped or stalled
 * connections and busy answers (5xx, 429) are retried a few times with backoff; refusals and
 * addresses that cannot work are not retried at all.
 */
export class CouchSession {
  private auth: Auth | undefined;

  constructor(
    readonly address: ServerAddress,
    private readonly credentials: CouchCredentials,
    private readonly policy: RetryPolicy,
    private readonly signal: AbortSignal,
    private readonly wire: WireTransport,
    private readonly cookies: SessionCookies,
  ) {}

  get host(): string {
    return new URL(this.address.origin).host;
  }

  async login(): Promise<void> {
    const response = await this.send(
      {
        method: 'POST',
        path: '/_session',
        json: { name: this.credentials.username, password: this.credentials.password },
      },
      undefined,
    );
    if (response.status === 401)
      throw new SyncFailure('unauthorized', 'Server refused: the user name or password is wrong.', false);
    if (response.status !== 200)
      throw refusal(
        response,
        `The server at ${this.host} did not answer the log-in like a CouchDB server (answer ${response.status}). Check the server address on this Sync page.`,
      );
    const cookie = response.setCookies
      .map((header) => /AuthSession=[^;]+/.exec(header)?.[0])
      .find((found) => found !== undefined);
    this.auth = cookie ? { kind: 'cookie', cookie } : { kind: 'basic' };
    this.cookies.set(this.account(), cookie);
  }

  /** Sends a request in the database; statuses other than 401/403/3xx/5xx are the caller's to read. */
  async request(request: CouchRequest): Promise<CouchResponse> {
    if (!this.auth) {
      const cached = this.cookies.get(this.account());
      if (cached) this.auth = { kind: 'cookie', cookie: cached };
      else await this.login();
    }
    let response = await this.send(request, this.auth);
    if (response.status === 401 && this.auth?.kind === 'cookie') {
      await this.login();
      response = await this.send(request, this.auth);
    }
    // Logged in yet refused: 403 from CouchDB (401 from express-pouchdb): not a member of this county's database.
    if (response.status === 401 || response.status === 403) throw refusal(response, undefined, 'permission-denied');
    return response;
  }

  /** Read through a method: the compiler would otherwise assume the check at the top of the loop still holds. */
  private stopped(): boolean {
    return this.signal.aborted;
  }

  private account(): string {
    return `${this.credentials.username}@${this.address.origin}${this.address.basePath}`;
  }

  private async send(request: CouchRequest, auth: Auth | undefined): Promise<CouchResponse> {
    const wireRequest = {
      method: request.method,
      url: serverUrl(this.address, request.path),
      ...this.encode(request, auth),
    };
    const limits = {
      connectTimeoutMs: this.policy.connectTimeoutMs,
      idleTimeoutMs: this.policy.idleTimeoutMs,
      maxResponseBytes: request.maxResponseBytes ?? DEFAULT_MAX_RESPONSE,
    };
    let lastProblem: SyncFailure | undefined;
    for (let attempt = 0; attempt < this.policy.maxAttempts; attempt++) {
      if (this.signal.aborted) throw cancelled();
      let retryAfter: number | undefined;
      try {
        const response = await this.wire.send(wireRequest, limits, this.signal, request.onProgress);
        if (response.status >= 300 && response.status < 400)
          throw redirectRefused(this.host, response.headers['location']);
        if (!isRetryableStatus(response.status)) return withJson(response);
        lastProblem = busyServer(this.host, response.status);
        retryAfter = parseRetryAfter(response.headers['retry-after'] ?? null);
      } catch (error) {
        if (this.stopped()) throw cancelled();
        if (!isWireFailure(error)) throw error;
        lastProblem = wireFailureMessage(error, this.host);
        if (error.kind !== 'dropped' && error.kind !== 'stalled') throw lastProblem;
      }
      if (attempt + 1 < this.policy.maxAttempts)
        await sleep(backoffDelay(this.policy, attempt, retryAfter), this.signal).catch(() => undefined);
    }
    throw lastProblem ?? busyServer(this.host, 0);
  }

  private encode(
    request: CouchRequest,
    auth: Auth | undefined,
  ): { headers: Record<string, string>; body?: Uint8Array } {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (auth?.kind === 'cookie') headers['cookie'] = auth.cookie;
    if (auth?.kind === 'basic')
      headers['authorization'] =
        `Basic ${Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString('base64')}`;
    if (request.bytes) {
      headers['content-type'] = request.contentType ?? 'application/octet-stream';
      return { headers, body: request.bytes };
    }
    if (request.json === undefined) return { headers };
    headers['content-type'] = 'application/json';
    const body = Buffer.from(JSON.stringify(request.json));
    if (body.byteLength <= COMPRESS_ABOVE) return { headers, body };
    const compressed = gzipSync(body);
    if (compressed.byteLength >= body.byteLength) return { headers, body };
    headers['content-encoding'] = 'gzip';
    return { headers, body: compressed };
  }
}

function withJson(response: WireResponse): CouchResponse {
  return { ...response, json: () => JSON.parse(new TextDecoder().decode(response.body)) as unknown };
}

function cancelled(): RipotiError {
  return new RipotiError('cancelled', 'Sync was stopped; what was sent so far is kept on the server.');
}

/** A refusal in plain words: the server's own reason when it gave one (CouchDB always does). */
export function refusal(response: CouchResponse, fallback?: string, forcedCode?: 'permission-denied'): SyncFailure {
  let reason = '';
  try {
    const body = response.json();
    if (typeof body === 'object' && body !== null && 'reason' in body && typeof body.reason === 'string')
      reason = body.reason.replace(/\.$/, '');
  } catch {
    // A proxy's HTML error page: the status alone says enough.
  }
  const code =
    forcedCode ?? (response.status === 403 ? 'permission-denied' : response.status === 404 ? 'not-found' : 'network');
  if (!reason && fallback) return new SyncFailure(code, fallback, false);
  return new SyncFailure(code, `Server refused: ${reason || `answer ${response.status}`}.`, false);
}
