import { Worker } from 'node:worker_threads';
import { RipotiError } from '../../../../../shared/errors';
import { exportCancelled, type ExportRunner } from '../export-runner';
import type { WorkerMessage, WorkerRequest } from './export-messages';

export interface WorkerLocation {
  /** The built export-worker script (a .js file in the app; a tsx bootstrap in tests). */
  readonly script: URL | string;
  /**
   * How long a thread that finished an export waits for the next one (0: it ends at once).
   * A warm thread has docx loaded and its code optimised: an export after a first one takes
   * about a third of the time. It holds its memory meanwhile, so it is not kept for long.
   */
  readonly keepWarmMs?: number;
}

/**
 * Runs each export in a worker thread: a crash or runaway layout cannot take the main
 * process down, and cancelling simply terminates the thread. A thread whose export succeeded
 * stays for the next export for a while; one that failed, crashed or was cancelled never does.
 */
export function workerExportRunner(location: WorkerLocation): ExportRunner {
  const keepWarmMs = location.keepWarmMs ?? 0;
  let warm: { worker: Worker; timer: NodeJS.Timeout; listeners: Listeners } | undefined;

  const take = (): Worker => {
    if (!warm) return new Worker(location.script);
    const { worker, timer, listeners } = warm;
    warm = undefined;
    clearTimeout(timer);
    detach(worker, listeners);
    worker.ref();
    return worker;
  };
  const keepOrEnd = (worker: Worker): void => {
    if (keepWarmMs <= 0 || warm) {
      void worker.terminate();
      return;
    }
    // An idle thread must not keep the app alive, nor outlive its welcome.
    worker.unref();
    const listeners: Listeners = { error: () => forget(worker, true), exit: () => forget(worker, false) };
    attach(worker, listeners);
    const timer = setTimeout(() => forget(worker, true), keepWarmMs);
    timer.unref();
    warm = { worker, timer, listeners };
  };
  const forget = (worker: Worker, terminate: boolean): void => {
    if (warm?.worker === worker) {
      clearTimeout(warm.timer);
      detach(worker, warm.listeners);
      warm = undefined;
    }
    if (terminate) void worker.terminate();
  };

  return (request, progress, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(exportCancelled());
      const worker = take();
      const finish = (): void => {
        signal?.removeEventListener('abort', onAbort);
        detach(worker, listeners);
      };
      const stop = (error: RipotiError): void => {
        finish();
        void worker.terminate();
        reject(error);
      };
      const onAbort = (): void => stop(exportCancelled());
      const listeners: Listeners = {
        message: (message: WorkerMessage) => {
          if (message.type === 'progress') return progress(message.progress);
          if (message.type === 'failed') return stop(new RipotiError(message.code, message.message));
          finish();
          keepOrEnd(worker);
          resolve({ bytes: message.bytes, warnings: message.warnings });
        },
        error: (error: Error) => stop(new RipotiError('internal', `The export stopped unexpectedly: ${error.message}`)),
        exit: () => stop(new RipotiError('internal', 'The export stopped unexpectedly.')),
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      attach(worker, listeners);
      // Photos are copied once into fresh buffers, so transferring them never detaches the caller's.
      const copied = { ...request, photos: new Map([...request.photos].map(([id, photo]) => [id, { name: photo.name, bytes: photo.bytes.slice() }])) };
      worker.postMessage({ type: 'export', request: copied } satisfies WorkerRequest, [...copied.photos.values()].map((photo) => photo.bytes.buffer));
    });
}

/** Our listeners on a thread; removed one by one (Worker keeps listeners of its own). */
interface Listeners {
  readonly message?: (message: WorkerMessage) => void;
  readonly error: (error: Error) => void;
  readonly exit: () => void;
}

function attach(worker: Worker, listeners: Listeners): void {
  if (listeners.message) worker.on('message', listeners.message);
  worker.on('error', listeners.error);
  worker.on('exit', listeners.exit);
}

/**
 * Removes an export's listeners from its thread. An error the thread still raises as it ends is
 * swallowed: an EventEmitter without an 'error' listener would throw it in the main process.
 */
function detach(worker: Worker, listeners: Listeners): void {
  if (listeners.message) worker.off('message', listeners.message);
  worker.off('error', listeners.error);
  worker.off('exit', listeners.exit);
  if (worker.listenerCount('error') === 0) worker.once('error', () => undefined);
}
