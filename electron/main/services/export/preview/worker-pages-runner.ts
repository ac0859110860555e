import { Worker } from 'node:worker_threads';
import { RipotiError } from '@/shared/errors';
import type { PagesReply, PagesRequest } from './pages-messages';
import type { PagesRunner } from './pages-runner';

/**
 * Lays out in one worker thread kept for the app's life (unref'd, so it never holds the app
 * open): the preview lays a report out again after each pause in the officer's writing, and a
 * warm thread does it several times faster than a new one. A thread that crashes is replaced
 * at the next request; the requests it held fail with a plain message.
 */
export function workerPagesRunner(script: URL | string): PagesRunner {
  let worker: Worker | undefined;
  let sequence = 0;
  const waiting = new Map<number, { resolve: (reply: PagesReply) => void; reject: (error: Error) => void }>();

  const failAll = (error: Error): void => {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
    worker = undefined;
  };
  const thread = (): Worker => {
    if (worker) return worker;
    const started = new Worker(script);
    started.unref();
    started.on('message', (reply: PagesReply) => {
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      pending?.resolve(reply);
    });
    started.on('error', (error) =>
      failAll(new RipotiError('internal', `Laying out the pages stopped unexpectedly: ${error.message}`)),
    );
    started.on('exit', () => failAll(new RipotiError('internal', 'Laying out the pages stopped unexpectedly.')));
    worker = started;
    return started;
  };

  return async (request) => {
    const reply = await new Promise<PagesReply>((resolve, reject) => {
      const id = ++sequence;
      waiting.set(id, { resolve, reject });
      thread().postMessage({ id, request } satisfies PagesRequest);
    });
    if (!reply.ok) throw new RipotiError(reply.code, reply.message);
    return reply.laid;
  };
}
