import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FitOutcome, PhotoFailure, PhotoJob, PhotoOutcome } from './photo-messages';

/** Checks one photo's bytes off the main thread; never rejects, a bad photo is an outcome. */
export type PhotoChecker = (bytes: Uint8Array) => Promise<PhotoOutcome>;

/** Saves one photo again, as legible as fits in `budgetBytes`, off the main thread; never rejects. */
export type PhotoFitter = (bytes: Uint8Array, budgetBytes: number) => Promise<FitOutcome>;

export interface PhotoThreadOptions {
  /** The built photo-worker script in the app; the tsx bootstrap when running from source. */
  readonly script: URL | string;
  /** JavaScript heap of the thread: a 24-megapixel JPEG needs about 200 MB in jpeg-js. */
  readonly heapMb?: number;
  /** A photo that takes longer is refused and its thread ended. */
  readonly timeoutMs?: number;
  /** How long an idle thread waits for the next photo (an import brings several at once). */
  readonly idleMs?: number;
}

export const PHOTO_THREAD_DEFAULTS = { heapMb: 384, timeoutMs: 45_000, idleMs: 20_000 } as const;

/** The photo worker run from source, for the CLI under tsx, tests and the E2E harness. */
export function photoWorkerFromSource(): string {
  return path.join(path.dirname(fileURLToPath(import.meta.url)), 'photo-worker-under-tsx.mjs');
}

const tooMuchWork = (reason: string): PhotoFailure => ({ ok: false, problem: 'too-much-work', reason });

/**
 * Decodes photos in one worker thread with a memory limit (resourceLimits), one photo at a time.
 * A photo that exhausts the thread's memory, runs past the timeout or kills the thread fails
 * alone: the thread is ended and the next photo gets a fresh one. The main thread never decodes,
 * so the window stays responsive while a large photo is read.
 */
export function photoThread(options: PhotoThreadOptions): PhotoChecker {
  const run = boundedThread<PhotoOutcome>(options);
  return (bytes) => run((copy) => ({ kind: 'check', bytes: copy }), bytes);
}

/**
 * Prepare for sending's photo work in the same bounded thread as the checks (the same script,
 * limits and timeout): the photo inspected, decoded and downscaled once, then saved at the
 * most legible setting that fits (fit-photo.ts).
 */
export function photoFitter(options: PhotoThreadOptions): PhotoFitter {
  const run = boundedThread<FitOutcome>(options);
  return (bytes, budgetBytes) => run((copy) => ({ kind: 'fit', bytes: copy, budgetBytes }), bytes);
}

/** One thread at a time, one photo at a time: posts a job built around a copy of the bytes and waits for its answer. */
function boundedThread<Outcome>(
  options: PhotoThreadOptions,
): (job: (bytes: Uint8Array) => PhotoJob, bytes: Uint8Array) => Promise<Outcome | PhotoFailure> {
  const settings = { ...PHOTO_THREAD_DEFAULTS, ...options };
  let idle: { worker: Worker; timer: NodeJS.Timeout } | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const take = (): Worker => {
    if (!idle)
      return new Worker(settings.script, {
        resourceLimits: { maxOldGenerationSizeMb: settings.heapMb, maxYoungGenerationSizeMb: 32 },
      });
    const { worker, timer } = idle;
    idle = undefined;
    clearTimeout(timer);
    worker.ref();
    return worker;
  };
  const rest = (worker: Worker): void => {
    worker.unref();
    const timer = setTimeout(() => {
      if (idle?.worker === worker) idle = undefined;
      void worker.terminate();
    }, settings.idleMs);
    timer.unref();
    idle = { worker, timer };
  };

  const run = (job: (bytes: Uint8Array) => PhotoJob, bytes: Uint8Array): Promise<Outcome | PhotoFailure> =>
    new Promise((resolve) => {
      const worker = take();
      const end = (outcome: Outcome | PhotoFailure, keep: boolean): void => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (keep) rest(worker);
        else {
          worker.once('error', () => undefined);
          void worker.terminate();
        }
        resolve(outcome);
      };
      const onMessage = (outcome: Outcome): void => end(outcome, true);
      const onError = (error: Error & { code?: string }): void =>
        end(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? tooMuchWork('it needs more memory than Ripoti allows for one photo')
            : { ok: false, problem: 'unreadable', reason: 'the picture could not be read' },
          false,
        );
      const onExit = (): void =>
        end({ ok: false, problem: 'unreadable', reason: 'the picture could not be read' }, false);
      // Unref'd: the busy thread keeps the process alive while it works, the timer need not.
      const timer = setTimeout(() => end(tooMuchWork('it takes too long to read'), false), settings.timeoutMs);
      timer.unref();
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      // A copy in a buffer of its own is transferred: Buffer.slice() would be a view, and
      // transferring its buffer would empty the caller's bytes (and any Buffer sharing its pool).
      const copy = new Uint8Array(bytes);
      worker.postMessage(job(copy), [copy.buffer]);
    });

  return (job, bytes) => {
    const next = queue.then(() => run(job, bytes));
    queue = next;
    return next;
  };
}
