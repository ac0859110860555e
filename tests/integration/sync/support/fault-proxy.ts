import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

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
  | { readonly kind: 'drop-answer' };

export interface ProxiedRequest {
  readonly method: string;
  readonly url: string;
  bodyBytes: number;
  readonly fault: Fault['kind'];
  status?: number;
}

export interface FaultProxy {
  readonly origin: string;
  /** Chooses the fault for each request; default passes everything. */
  plan: (request: { method: string; url: string; index: number }) => Fault;
  /** Bytes per second in each direction; undefined = unthrottled. */
  bytesPerSecond: number | undefined;
  readonly log: ProxiedRequest[];
  /** Bytes the client sent (request line, headers and body), as a 2G modem would count them. */
  bytesFromClient: number;
  /** Body bytes the server's answers carried to the client. */
  bytesToClient: number;
  /** Sends later requests to another server (the county server replaced by an empty one). */
  retarget(origin: string): void;
  close(): Promise<void>;
}

/**
 * A small loopback proxy in front of the test CouchDB that misbehaves on demand: answers
 * 500/503, delays, cuts connections mid-upload or before the answer, and throttles to a
 * 2G-class bandwidth (the 50 kB/s).
 */
export async function startFaultProxy(targetOrigin: string): Promise<FaultProxy> {
  let target = new URL(targetOrigin);
  let index = 0;
  const proxy: FaultProxy = {
    origin: '',
    plan: () => ({ kind: 'pass' }),
    bytesPerSecond: undefined,
    log: [],
    bytesFromClient: 0,
    bytesToClient: 0,
    retarget: (origin) => {
      target = new URL(origin);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = http.createServer((request, response) => {
    const fault = proxy.plan({ method: request.method ?? 'GET', url: request.url ?? '/', index: index++ });
    const entry: ProxiedRequest = { method: request.method ?? 'GET', url: request.url ?? '/', bodyBytes: 0, fault: fault.kind };
    proxy.log.push(entry);
    proxy.bytesFromClient += headerBytes(request);
    void handle(request, response, fault, entry);
  });

  async function handle(request: IncomingMessage, response: ServerResponse, fault: Fault, entry: ProxiedRequest): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request as AsyncIterable<Buffer>) {
      await throttle(chunk.length);
      entry.bodyBytes += chunk.length;
      proxy.bytesFromClient += chunk.length;
      chunks.push(chunk);
      if (fault.kind === 'drop-mid-body' && entry.bodyBytes >= fault.afterBytes) {
        request.socket.destroy();
        return;
      }
    }
    if (fault.kind === 'status') {
      entry.status = fault.status;
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
      response.writeHead(fault.status, headers).end(JSON.stringify({ error: 'unavailable', reason: 'fault proxy' }));
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
    for (let offset = 0; offset < upstream.body.length; offset += 4096) {
      const slice = upstream.body.subarray(offset, offset + 4096);
      await throttle(slice.length);
      proxy.bytesToClient += slice.length;
      response.write(slice);
    }
    response.end();
  }

  function forward(request: IncomingMessage, body: Buffer): Promise<{ status: number; headers: http.OutgoingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const headers = { ...request.headers, host: target.host, 'content-length': String(body.length) };
      delete headers['transfer-encoding'];
      const upstream = http.request({ host: target.hostname, port: target.port, method: request.method, path: request.url, headers }, (answer) => {
        const parts: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => parts.push(chunk));
        answer.on('end', () => {
          const answerHeaders: http.OutgoingHttpHeaders = { ...answer.headers };
          delete answerHeaders['transfer-encoding'];
          const whole = Buffer.concat(parts);
          answerHeaders['content-length'] = String(whole.length);
          resolve({ status: answer.statusCode ?? 502, headers: answerHeaders, body: whole });
        });
      });
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
  return Object.assign(proxy, { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
}

function headerBytes(request: IncomingMessage): number {
  let size = `${request.method ?? ''} ${request.url ?? ''} HTTP/1.1\r\n`.length + 2;
  for (let i = 0; i < request.rawHeaders.length; i += 2) size += `${request.rawHeaders[i] ?? ''}: ${request.rawHeaders[i + 1] ?? ''}\r\n`.length;
  return size;
}
