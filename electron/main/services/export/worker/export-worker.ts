import { parentPort } from 'node:worker_threads';
import { isRipotiError } from '../../../../../shared/errors';
import { buildDocx } from '../build-docx';
import type { ExportRequest } from '../export-request';
import type { WorkerMessage } from './export-messages';

/**
 * Worker-thread entry: builds one .docx per request message, one after another (the runner may
 * keep a thread for the next export). A 70-page report takes a few hundred milliseconds of CPU,
 * more on a cold thread or an old laptop; here it never blocks the main process's IPC.
 */
const port = parentPort;
if (!port) throw new Error('export-worker must run in a worker thread');

port.on('message', (request: ExportRequest) => {
  const send = (message: WorkerMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);
  buildDocx(request, (step) => send({ type: 'progress', step })).then(
    (document) => send({ type: 'done', bytes: document.bytes, warnings: document.warnings }, [document.bytes.buffer as ArrayBuffer]),
    (error: unknown) => {
      if (isRipotiError(error)) send({ type: 'failed', code: error.code, message: error.message });
      else send({ type: 'failed', code: 'internal', message: `The export failed unexpectedly: ${error instanceof Error ? error.message : String(error)}` });
    },
  );
});
