import { Worker } from 'node:worker_threads';
import { RipotiError } from '@/shared/errors';
import { exportCancelled, type ExportRunner } from '../export-runner';
import type { WorkerMessage, WorkerRequest } from './export-messages';

export interface WorkerLocation {
  /** The built export-worker script (a .js file in the app; a tsx bootstrap in tests). */
  readonly script: URL | string;
  /**
   * How long a thread waits for the next export, after an export or after `prepare` (0: threads
   * end after their export and `prepare` does nothing). A warm thread has docx loaded and its
   * code optimised; it holds its memory meanwhile, so it is not kept for long.
   */
  readonly keepWarmMs?: number;
}

/** The thread waiting for the next export; `ready` resolves once its warm-up (if any) is over. */
interface WaitingThread {
  readonly worker: Worker;
  readonly timer: NodeJS.Timeout;
  readonly listeners: Listeners;
  readonly ready: Promise<void>;
  readonly release: () => void;
}

/**
 * Runs each export in a worker thread: a crash or runaway layout cannot take the main
 * process down, and cancelling simply terminates the thread. A thread whose export succeeded
 * stays for the next export for a while; one that failed, crashed or was cancelled never does.
 * `prepare` starts a thread before it is needed and has it build a sample report, so the first
 * export of a session runs warm code like the next ones.
 */
export function workerExportRunner(location: WorkerLocation): ExportRunner {
  const keepWarmMs = location.keepWarmMs ?? 0;
  let waiting: WaitingThread | undefined;
  /** Exports under way: each will leave its thread warm, so preparing another would be waste. */
  let running = 0;

  const take = (): Worker => {
    if (!waiting) return new Worker(location.script);
    const { worker, timer, listeners, release } = waiting;
    waiting = undefined;
    clearTimeout(timer);
    detach(worker, listeners);
    release();
    worker.ref();
    return worker;
  };
  /** Parks a thread for the next export; `warming` when it is still building its warm-up sample. */
  const park = (worker: Worker, warming: boolean): void => {
    let release = (): void => undefined;
    const ready = warming ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
    // An idle thread must not keep the app alive, nor outlive its welcome.
    worker.unref();
    const listeners: Listeners = {
      message: (message) => {
        if (message.type === 'warmed') release();
      },
      error: () => forget(worker, true),
      exit: () => forget(worker, false),
    };
    attach(worker, listeners);
    const timer = setTimeout(() => forget(worker, true), keepWarmMs);
    timer.unref();
    waiting = { worker, timer, listeners, ready, release };
  };
  const keepOrEnd = (worker: Worker): void => {
    if (keepWarmMs <= 0 || waiting) void worker.terminate();
    else park(worker, false);
  };
  const forget = (worker: Worker, terminate: boolean): void => {
    if (waiting?.worker === worker) {
      clearTimeout(waiting.timer);
      detach(worker, waiting.listeners);
      waiting.release();
      waiting = undefined;
    }
    if (terminate) void worker.terminate();
  };

  const prepare = (): Promise<void> => {
    if (keepWarmMs <= 0) return Promise.resolve();
    if (!waiting && running === 0) {
      const worker = new Worker(location.script);
      worker.postMessage({ type: 'warm-up' } satisfies WorkerRequest);
      park(worker, true);
    }
    return waiting?.ready ?? Promise.resolve();
  };

  const run: ExportRunner = (request, progress, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(exportCancelled());
      const worker = take();
      running++;
      const finish = (): void => {
        running--;
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
        message: (message) => {
          // A thread taken during its warm-up answers the warm-up first: not this export's business.
          if (message.type === 'warmed') return;
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
      const copied = {
        ...request,
        photos: new Map(
          [...request.photos].map(([id, photo]) => [id, { name: photo.name, bytes: photo.bytes.slice() }]),
        ),
      };
      worker.postMessage(
        { type: 'export', request: copied } satisfies WorkerRequest,
        [...copied.photos.values()].map((photo) => photo.bytes.buffer),
      );
    });
  return Object.assign(run, { prepare });
}

/** Our listeners on a thread; removed one by one (Worker keeps listeners of its own). */
interface Listeners {
  readonly message: (message: WorkerMessage) => void;
  readonly error: (error: Error) => void;
  readonly exit: () => void;
}

function attach(worker: Worker, listeners: Listeners): void {
  worker.on('message', listeners.message);
  worker.on('error', listeners.error);
  worker.on('exit', listeners.exit);
}

/**
 * Removes an export's listeners from its thread. An error the thread still raises as it ends is
 * swallowed: an EventEmitter without an 'error' listener would throw it in the main process.
 */
function detach(worker: Worker, listeners: Listeners): void {
  worker.off('message', listeners.message);
  worker.off('error', listeners.error);
  worker.off('exit', listeners.exit);
  if (worker.listenerCount('error') === 0) worker.once('error', () => undefined);
}
