import { parentPort } from 'node:worker_threads';
import { isRipotiError } from '../../../../../shared/errors';
import { inProcessPagesRunner } from './pages-runner';
import type { PagesRequest, PagesReply } from './pages-messages';

/**
 * Worker-thread entry for the preview and the PDF: lays out one report per message, one
 * after another, so the main process keeps answering the window while pages are set.
 */
const port = parentPort;
if (!port) throw new Error('pages-worker must run in a worker thread');

port.on('message', (message: PagesRequest) => {
  const reply = (answer: PagesReply, transfer: ArrayBuffer[] = []): void => port.postMessage(answer, transfer);
  const work = message.kind === 'layout' ? inProcessPagesRunner.layout(message.request).then((laid) => ({ kind: 'layout' as const, laid })) : inProcessPagesRunner.pdf(message.request).then((pdf) => ({ kind: 'pdf' as const, pdf }));
  work.then(
    (result) => reply({ id: message.id, ok: true, result }),
    (error: unknown) =>
      reply({ id: message.id, ok: false, code: isRipotiError(error) ? error.code : 'internal', message: error instanceof Error ? error.message : String(error) }),
  );
});
