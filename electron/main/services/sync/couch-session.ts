import { RipotiError } from '../../../../shared/errors';
import { backoffDelay, isRetryableStatus, parseRetryAfter, sleep, type RetryPolicy } from './retry-policy';
import type { ServerAddress } from './server-address';

export interface CouchCredentials {
  readonly username: string;
  readonly password: string;
}

export interface CouchRequest {
  readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  /** Path under the origin, already encoded, e.g. `/ripoti-kilifi/report%3A…`. */
  readonly path: string;
  readonly json?: unknown;
  readonly bytes?: Uint8Array;
  readonly contentType?: string;
}

export interface CouchResponse {
  readonly status: number;
  readonly body: Uint8Array;
  json(): unknown;
}

/**
 * One logged-in conversation with CouchDB: session-cookie auth (POST /_session), and every
 * request retried on dropped connections, time-outs and 5xx answers with capped backoff. A 401
 * in the middle (the cookie expired) logs in again once. Refusals (401, 403) are never retried:
 * they become a plain message for the officer.
 */
export class CouchSession {
  private cookie: string | undefined;

  constructor(
    readonly address: ServerAddress,
    private readonly credentials: CouchCredentials,
    private readonly policy: RetryPolicy,
    private readonly signal: AbortSignal,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async login(): Promise<void> {
    const response = await this.send({ method: 'POST', path: '/_session', json: { name: this.credentials.username, password: this.credentials.password } }, false);
    if (response.status === 401) throw new RipotiError('unauthorized', 'Server refused: the user name or password is wrong.');
    if (response.status !== 200) throw refusal(response);
  }

  /** Sends a request in the database; statuses other than 401/403/5xx are the caller's to read. */
  async request(request: CouchRequest): Promise<CouchResponse> {
    if (!this.cookie) await this.login();
    let response = await this.send(request, true);
    if (response.status === 401) {
      await this.login();
      response = await this.send(request, true);
    }
    // Logged in yet still 401 (express-pouchdb) or 403 (CouchDB): the user is not a member of this county's database.
    if (response.status === 401 || response.status === 403) throw refusal(response, 'permission-denied');
    return response;
  }

  databasePath(suffix = ''): string {
    return `/${encodeURIComponent(this.address.database)}${suffix}`;
  }

  private async send(request: CouchRequest, withCookie: boolean): Promise<CouchResponse> {
    let lastProblem = '';
    for (let attempt = 0; attempt < this.policy.maxAttempts; attempt++) {
      if (this.signal.aborted) throw new RipotiError('cancelled', 'Sync was stopped; what was sent so far is kept on the server.');
      let retryAfter: number | undefined;
      try {
        const response = await this.fetchImpl(this.address.origin + request.path, {
          method: request.method,
          headers: this.headers(request, withCookie),
          ...(request.json !== undefined ? { body: JSON.stringify(request.json) } : request.bytes ? { body: request.bytes } : {}),
          signal: AbortSignal.any([this.signal, AbortSignal.timeout(this.policy.requestTimeoutMs)]),
        });
        const body = new Uint8Array(await response.arrayBuffer());
        const setCookie = response.headers.get('set-cookie')?.match(/AuthSession=[^;]*/)?.[0];
        if (setCookie) this.cookie = setCookie;
        if (!isRetryableStatus(response.status)) return { status: response.status, body, json: () => JSON.parse(new TextDecoder().decode(body)) as unknown };
        lastProblem = `the server answered ${response.status}`;
        retryAfter = parseRetryAfter(response.headers.get('retry-after'));
      } catch (error) {
        if (this.stopped()) throw new RipotiError('cancelled', 'Sync was stopped; what was sent so far is kept on the server.');
        lastProblem = error instanceof Error ? describeNetworkError(error) : 'the connection failed';
      }
      if (attempt + 1 < this.policy.maxAttempts) await sleep(backoffDelay(this.policy, attempt, retryAfter), this.signal);
    }
    throw new RipotiError('network', `Offline or server unavailable: ${lastProblem} (tried ${this.policy.maxAttempts} times). Your changes are kept and will be sent next time.`);
  }

  /** Read through a method: the compiler would otherwise assume the earlier check still holds. */
  private stopped(): boolean {
    return this.signal.aborted;
  }

  private headers(request: CouchRequest, withCookie: boolean): Record<string, string> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (request.json !== undefined) headers['content-type'] = 'application/json';
    else if (request.bytes) headers['content-type'] = request.contentType ?? 'application/octet-stream';
    if (withCookie && this.cookie) headers.cookie = this.cookie;
    return headers;
  }
}

function describeNetworkError(error: Error): string {
  if (error.name === 'TimeoutError') return 'the server did not answer in time';
  const cause = error.cause instanceof Error ? error.cause.message : '';
  return `the connection failed${cause ? ` (${cause})` : ''}`;
}

function refusal(response: CouchResponse, forcedCode?: 'permission-denied'): RipotiError {
  let reason = '';
  try {
    const body = response.json();
    if (typeof body === 'object' && body !== null && 'reason' in body && typeof body.reason === 'string') reason = body.reason.replace(/\.$/, '');
  } catch {
    // A proxy's HTML error page: the status alone says enough.
  }
  const code = forcedCode ?? (response.status === 403 ? 'permission-denied' : response.status === 404 ? 'not-found' : 'network');
  return new RipotiError(code, `Server refused: ${reason || `answer ${response.status}`}.`);
}

export { refusal as refusalError };
