import { parentPort } from 'node:worker_threads';
import { checkPhoto } from './check-photo';
import { fitPhoto } from './fit-photo';
import type { FitOutcome, PhotoJob, PhotoOutcome } from './photo-messages';

/**
 * The photo thread's entry: one job at a time, a check (PhotoOutcome) or a fit (FitOutcome).
 * It runs with a memory limit set by its parent (photo-thread.ts), which ends it when a photo
 * needs more.
 */
const port = parentPort;
if (!port) throw new Error('photo-worker must run in a worker thread');

port.on('message', (job: PhotoJob) => {
  if (job.kind === 'fit') {
    // The parent sends the next job only after this answer (photo-thread.ts queues them).
    void fitPhoto(job.bytes, job.budgetBytes).then((outcome: FitOutcome) => {
      port.postMessage(outcome, outcome.ok && outcome.saved ? [outcome.saved.bytes.buffer as ArrayBuffer] : []);
    });
    return;
  }
  const outcome: PhotoOutcome = checkPhoto(job.bytes);
  port.postMessage(outcome, outcome.ok && outcome.reportCopy ? [outcome.reportCopy.buffer as ArrayBuffer] : []);
});
