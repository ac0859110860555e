import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import { gunzipSync, inflateSync } from 'node:zlib';
import { classifySocketError } from './socket-errors';
import {
  WireFailure,
  type WireLimits,
  type WireProgress,
  type WireRequest,
  type WireResponse,
  type WireTransport,
} from './wire';

const UPLOAD_CHUNK = 64 * 1024;
/**
 * After the last byte of an upload is handed over, the operating system may still hold up to
 * its send buffer (a few MB) to drain over the link. Waiting for the answer is allowed that
 * drain at 20 kB/s (well under 2G's 50 kB/s) on top of the idle limit.
 */
const DRAIN_BYTES_PER_SECOND = 20_000;
const MAX_BUFFERED_UPLOAD = 4 * 1024 * 1024;

/**
 * HTTP over Node's own sockets, for the app and the CLI alike. It follows no redirect (each
 * 3xx is returned to the session, which refuses it), times out on lack of progress rather than
 * total time, counts and caps the decoded answer, and keeps connections alive across the many
 * small requests of a sync (a TLS handshake costs more than a one-field edit on a 2G link).
 * `ca` is the full list of trusted certificates (see trusted-certificates.ts).
 */
export class NodeWire implements WireTransport {
  private readonly httpAgent = new http.Agent({ keepAlive: true, maxSockets: 2 });
  private readonly httpsAgent: https.Agent;

  constructor(options: { ca?: readonly string[] } = {}) {
    this.httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 2, ...(options.ca && { ca: [...options.ca] }) });
  }

  send(
    request: WireRequest,
    limits: WireLimits,
    signal: AbortSignal,
    onProgress?: (progress: WireProgress) => void,
  ): Promise<WireResponse> {
    return new Promise((resolve, reject) => {
      const secure = request.url.protocol === 'https:';
      const body = request.body;
      const headers: Record<string, string> = { ...request.headers, 'accept-encoding': 'gzip, deflate' };
      if (body) headers['content-length'] = String(body.byteLength);
      const client = (secure ? https : http).request(request.url, {
        method: request.method,
        headers,
        agent: secure ? this.httpsAgent : this.httpAgent,
      });
      const progress = { sentBytes: 0, receivedBytes: 0 };
      let timer: NodeJS.Timeout | undefined;
      let settled = false;
      const arm = (ms: number, failure: () => WireFailure) => {
        clearTimeout(timer);
        timer = setTimeout(() => fail(failure()), ms);
      };
      const fail = (error: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        client.destroy();
        reject(error);
      };
      const onAbort = () => fail(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });

      arm(
        limits.connectTimeoutMs,
        () =>
          new WireFailure(
            'cannot-reach',
            `no connection to ${request.url.host} within ${Math.round(limits.connectTimeoutMs / 1000)} s`,
          ),
      );
      client.on('socket', (socket: Socket) => {
        const connected = () => {
          arm(limits.idleTimeoutMs, stalled);
          void upload();
        };
        // A kept-alive connection is ready at once; a new one after its TCP connect (and TLS handshake).
        if (client.reusedSocket) connected();
        else socket.once(secure ? 'secureConnect' : 'connect', connected);
      });
      const stalled = () =>
        new WireFailure('stalled', `nothing moved for ${Math.round(limits.idleTimeoutMs / 1000)} s`);

      const upload = async () => {
        for (let offset = 0; body && offset < body.byteLength; offset += UPLOAD_CHUNK) {
          const chunk = body.subarray(offset, offset + UPLOAD_CHUNK);
          await new Promise<void>((written) => client.write(chunk, () => written()));
          if (settled) return;
          progress.sentBytes += chunk.byteLength;
          onProgress?.({ ...progress });
          arm(limits.idleTimeoutMs, stalled);
        }
        client.end();
        const draining = (Math.min(body?.byteLength ?? 0, MAX_BUFFERED_UPLOAD) / DRAIN_BYTES_PER_SECOND) * 1000;
        arm(limits.idleTimeoutMs + draining, stalled);
      };

      client.on('response', (response: IncomingMessage) => {
        arm(limits.idleTimeoutMs, stalled);
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => {
          progress.receivedBytes += chunk.byteLength;
          if (progress.receivedBytes > limits.maxResponseBytes) return fail(tooLarge(limits));
          chunks.push(chunk);
          onProgress?.({ ...progress });
          arm(limits.idleTimeoutMs, stalled);
        });
        response.on('aborted', () =>
          fail(new WireFailure('dropped', 'the connection closed in the middle of the answer')),
        );
        response.on('end', () => {
          if (settled) return;
          let decoded: Buffer;
          try {
            decoded = decode(Buffer.concat(chunks), response.headers['content-encoding'], limits.maxResponseBytes);
          } catch (error) {
            return fail(
              error instanceof RangeError
                ? tooLarge(limits)
                : new WireFailure('dropped', 'the answer could not be decoded', { cause: error }),
            );
          }
          settled = true;
          clearTimeout(timer);
          signal.removeEventListener('abort', onAbort);
          resolve({
            status: response.statusCode ?? 0,
            headers: flatHeaders(response),
            setCookies: response.headers['set-cookie'] ?? [],
            body: new Uint8Array(decoded.buffer, decoded.byteOffset, decoded.byteLength),
          });
        });
      });
      client.on('error', (error: NodeJS.ErrnoException) => fail(classifySocketError(error, request.url)));
    });
  }

  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }
}

/** gzip or deflate undone, the decoded size capped as well (a few kB can inflate to gigabytes). */
function decode(raw: Buffer, encoding: string | undefined, maxBytes: number): Buffer {
  if (raw.byteLength === 0) return raw;
  const name = encoding?.trim().toLowerCase();
  if (name === 'gzip') return gunzipSync(raw, { maxOutputLength: maxBytes });
  if (name === 'deflate') return inflateSync(raw, { maxOutputLength: maxBytes });
  return raw;
}

function tooLarge(limits: WireLimits): WireFailure {
  return new WireFailure(
    'too-large',
    `the answer is larger than ${Math.round(limits.maxResponseBytes / 1_000_000)} MB`,
  );
}

function flatHeaders(response: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) {
    if (name !== 'set-cookie' && value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}
