import { Worker } from 'node:worker_threads';
import { RipotiError } from '../../../../../shared/errors';
import type { ExportRunner } from '../export-runner';
import type { WorkerMessage } from './export-messages';

export interface WorkerLocation {
  /** The built export-worker script (a .js file in the app; a tsx bootstrap in tests). */
  readonly script: URL | string;
}

/**
 * Runs each export in a fresh worker thread: a crash or runaway layout cannot take the main
 * process down, and cancelling simply terminates the thread.
 */
export function workerExportRunner(location: WorkerLocation): ExportRunner {
  return (request, progress, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new RipotiError('cancelled', 'The export was cancelled.'));
      const worker = new Worker(location.script);
      const stop = (error: RipotiError): void => {
        void worker.terminate();
        reject(error);
      };
      const onAbort = (): void => stop(new RipotiError('cancelled', 'The export was cancelled.'));
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') return progress(message.step);
        signal?.removeEventListener('abort', onAbort);
        void worker.terminate();
        if (message.type === 'done') resolve({ bytes: message.bytes, warnings: message.warnings });
        else reject(new RipotiError(message.code, message.message));
      });
      worker.on('error', (error) => stop(new RipotiError('internal', `The export stopped unexpectedly: ${error.message}`)));
      // Photos are copied once into fresh buffers, so transferring them never detaches the caller's.
      const copied = { ...request, photos: new Map([...request.photos].map(([id, photo]) => [id, { name: photo.name, bytes: photo.bytes.slice() }])) };
      worker.postMessage(copied, [...copied.photos.values()].map((photo) => photo.bytes.buffer));
    });
}
