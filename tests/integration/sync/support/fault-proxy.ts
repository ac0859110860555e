import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';

/** What the proxy does to one request. */
export type Fault =
  | { readonly kind: 'pass' }
  | { readonly kind: 'status'; readonly status: number; readonly retryAfterSeconds?: number }
  | { readonly kind: 'delay'; readonly ms: number }
  /** Holds the request until something else happened (e.g. a colleague's sync finished). */
  | { readonly kind: 'hold'; readonly until: Promise<unknown> }
  /** Reads this many bytes of the request body, then cuts the connection: the upload never arrives. */
  | { readonly kind: 'drop-mid-body'; readonly afterBytes: number }
  /** Forwards the request whole, then cuts the connection before the answer: it arrived, the client cannot know. */
  | { readonly kind: 'drop-answer' }
  /** Answers with a redirect to another address, without forwarding anything. */
  | { readonly kind: 'redirect'; readonly status: 301 | 302 | 307 | 308; readonly location: string }
  /** Sends half the answer, then nothing for `ms`, then cuts the connection: a link that stalled. */
  | { readonly kind: 'stall-answer'; readonly ms: number }
  /** Answers 200 with this many bytes of JSON-looking filler (a broken or hostile server). */
  | { readonly kind: 'huge-answer'; readonly bytes: number };

export interface ProxiedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
  bodyBytes: number;
  /** The request body as sent (still gzip-compressed if it was), kept when under 64 kB. */
  body?: Buffer;
  readonly fault: Fault['kind'];
  status?: number;
  /** performance.now() when the request arrived. */
  readonly at: number;
}

export interface ProxyOptions {
  /** Serve over TLS with this key and certificate (the client must trust its CA). */
  readonly tls?: { readonly key: string; readonly cert: string };
  /** CouchDB is reached under this path (e.g. /couchdb), as behind a reverse proxy; the prefix is removed before forwarding. */
  readonly pathPrefix?: string;
  /** Removes Set-Cookie from answers: a server or proxy that sets no session cookie. */
  readonly stripCookies?: boolean;
}

export interface FaultProxy {
  readonly origin: string;
  /** Chooses the fault for each request; default passes everything. */
  plan: (request: { method: string; url: string; index: number }) => Fault;
  /** Bytes per second in each direction; undefined = unthrottled. */
  bytesPerSecond: number | undefined;
  /** Asks the server for uncompressed answers (CouchDB 3 does not compress its answers; express-pouchdb does). */
  identityAnswers: boolean;
  readonly log: ProxiedRequest[];
  /** Bytes on the wire from the client: request lines, headers and bodies. Assign 0 to start counting afresh. */
  bytesFromClient: number;
  /** Bytes on the wire to the client: status lines, headers and bodies. Assign 0 to start counting afresh. */
  bytesToClient: number;
  /** Sends later requests to another server (the county server replaced by an empty one). */
  retarget(origin: string): void;
  close(): Promise<void>;
}

/**
 * A small loopback proxy in front of the test CouchDB that misbehaves on demand: answers
 * 500/503, redirects, delays, stalls, oversized answers, cuts connections mid-upload or before
 * the answer, throttles to a 2G-class bandwidth (the 50 kB/s), and counts every byte
 * that crosses it in both directions, as a 2G modem would bill them.
 */
export async function startFaultProxy(targetOrigin: string, options: ProxyOptions = {}): Promise<FaultProxy> {
  let target = new URL(targetOrigin);
  let index = 0;
  const sockets = new Set<Socket>();
  const offsets = { read: 0, written: 0 };
  const total = (key: 'bytesRead' | 'bytesWritten') => [...sockets].reduce((sum, socket) => sum + socket[key], 0);
  const proxy: FaultProxy = {
    origin: '',
    plan: () => ({ kind: 'pass' }),
    bytesPerSecond: undefined,
    identityAnswers: false,
    log: [],
    get bytesFromClient() {
      return total('bytesRead') - offsets.read;
    },
    set bytesFromClient(value: number) {
      offsets.read = total('bytesRead') - value;
    },
    get bytesToClient() {
      return total('bytesWritten') - offsets.written;
    },
    set bytesToClient(value: number) {
      offsets.written = total('bytesWritten') - value;
    },
    retarget: (origin) => {
      target = new URL(origin);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  const onRequest = (request: IncomingMessage, response: ServerResponse) => {
    const fault = proxy.plan({ method: request.method ?? 'GET', url: request.url ?? '/', index: index++ });
    const entry: ProxiedRequest = {
      method: request.method ?? 'GET',
      url: request.url ?? '/',
      headers: request.headers,
      bodyBytes: 0,
      fault: fault.kind,
      at: performance.now(),
    };
    proxy.log.push(entry);
    void handle(request, response, fault, entry);
  };
  const server = options.tls
    ? https.createServer({ key: options.tls.key, cert: options.tls.cert }, onRequest)
    : http.createServer(onRequest);
  server.on(options.tls ? 'secureConnection' : 'connection', (socket: Socket) => sockets.add(socket));

  async function handle(
    request: IncomingMessage,
    response: ServerResponse,
    fault: Fault,
    entry: ProxiedRequest,
  ): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request as AsyncIterable<Buffer>) {
      await throttle(chunk.length);
      entry.bodyBytes += chunk.length;
      chunks.push(chunk);
      if (fault.kind === 'drop-mid-body' && entry.bodyBytes >= fault.afterBytes) {
        request.socket.destroy();
        return;
      }
    }
    if (entry.bodyBytes > 0 && entry.bodyBytes < 65_536) entry.body = Buffer.concat(chunks);
    if (fault.kind === 'status') {
      entry.status = fault.status;
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
      response.writeHead(fault.status, headers).end(JSON.stringify({ error: 'unavailable', reason: 'fault proxy' }));
      return;
    }
    if (fault.kind === 'redirect') {
      entry.status = fault.status;
      response.writeHead(fault.status, { location: fault.location, 'content-length': '0' }).end();
      return;
    }
    if (fault.kind === 'huge-answer') {
      entry.status = 200;
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(fault.bytes) });
      const filler = Buffer.alloc(64 * 1024, 0x20);
      for (let sent = 0; sent < fault.bytes && !response.destroyed; sent += filler.length) {
        if (!response.write(filler.subarray(0, Math.min(filler.length, fault.bytes - sent))))
          await new Promise((resolve) => response.once('drain', resolve));
      }
      response.end();
      return;
    }
    if (fault.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.ms));
    if (fault.kind === 'hold') await fault.until.catch(() => undefined);
    const upstream = await forward(request, Buffer.concat(chunks));
    entry.status = upstream.status;
    if (fault.kind === 'drop-answer') {
      request.socket.destroy();
      return;
    }
    response.writeHead(upstream.status, upstream.headers);
    if (fault.kind === 'stall-answer') {
      response.write(upstream.body.subarray(0, Math.floor(upstream.body.length / 2)));
      await new Promise((resolve) => setTimeout(resolve, fault.ms));
      request.socket.destroy();
      return;
    }
    for (let offset = 0; offset < upstream.body.length; offset += 4096) {
      const slice = upstream.body.subarray(offset, offset + 4096);
      await throttle(slice.length);
      response.write(slice);
    }
    response.end();
  }

  function forward(
    request: IncomingMessage,
    body: Buffer,
  ): Promise<{ status: number; headers: http.OutgoingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const headers: http.OutgoingHttpHeaders = {
        ...request.headers,
        host: target.host,
        'content-length': String(body.length),
      };
      delete headers['transfer-encoding'];
      if (proxy.identityAnswers) delete headers['accept-encoding'];
      const url = request.url ?? '/';
      const prefix = options.pathPrefix ?? '';
      if (prefix && !url.startsWith(`${prefix}/`))
        return resolve({
          status: 404,
          headers: { 'content-type': 'application/json' },
          body: Buffer.from('{"error":"not_found","reason":"no such path on this server"}'),
        });
      const upstream = http.request(
        { host: target.hostname, port: target.port, method: request.method, path: url.slice(prefix.length), headers },
        (answer) => {
          const parts: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => parts.push(chunk));
          answer.on('end', () => {
            const answerHeaders: http.OutgoingHttpHeaders = { ...answer.headers };
            delete answerHeaders['transfer-encoding'];
            if (options.stripCookies) delete answerHeaders['set-cookie'];
            const whole = Buffer.concat(parts);
            answerHeaders['content-length'] = String(whole.length);
            resolve({ status: answer.statusCode ?? 502, headers: answerHeaders, body: whole });
          });
        },
      );
      upstream.on('error', reject);
      upstream.end(body);
    });
  }

  /** Holds each chunk for as long as the link would need to carry it. */
  async function throttle(bytes: number): Promise<void> {
    const rate = proxy.bytesPerSecond;
    if (rate !== undefined) await new Promise((resolve) => setTimeout(resolve, (bytes / rate) * 1000));
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const scheme = options.tls ? 'https' : 'http';
  return Object.assign(proxy, { origin: `${scheme}://127.0.0.1:${(server.address() as AddressInfo).port}` });
}
