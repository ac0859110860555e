import { parentPort } from 'node:worker_threads';
import { isRipotiError } from '@/shared/errors';
import { buildOutput } from '../output-kinds';
import type { WorkerMessage, WorkerRequest } from './export-messages';
import { warmUp } from './warm-up';

/**
 * Worker-thread entry: builds one document per export message, one after another (the runner
 * may keep a thread for the next export, or start one early and warm it up). A 70-page report
 * takes a few hundred milliseconds of CPU; here it never blocks the main process's IPC.
 */
const port = parentPort;
if (!port) throw new Error('export-worker must run in a worker thread');

const send = (message: WorkerMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

port.on('message', (message: WorkerRequest) => {
  if (message.type === 'warm-up') {
    warmUp().then(
      () => send({ type: 'warmed' }),
      () => send({ type: 'warmed' }),
    );
    return;
  }
  buildOutput(message.request, (progress) => send({ type: 'progress', progress })).then(
    (document) =>
      send({ type: 'done', bytes: document.bytes, warnings: document.warnings }, [
        document.bytes.buffer as ArrayBuffer,
      ]),
    (error: unknown) => {
      if (isRipotiError(error)) send({ type: 'failed', code: error.code, message: error.message });
      else
        send({
          type: 'failed',
          code: 'internal',
          message: `The export failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
        });
    },
  );
});
