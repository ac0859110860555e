import { parentPort } from 'node:worker_threads';
import { checkPhoto } from './check-photo';
import type { PhotoJob, PhotoOutcome } from './photo-messages';

/**
 * The photo thread's entry: one job at a time, answered with a PhotoOutcome. It runs with a
 * memory limit set by its parent (photo-thread.ts), which ends it when a photo needs more.
 */
const port = parentPort;
if (!port) throw new Error('photo-worker must run in a worker thread');

port.on('message', (job: PhotoJob) => {
  const outcome: PhotoOutcome = checkPhoto(job.bytes);
  port.postMessage(outcome, outcome.ok && outcome.reportCopy ? [outcome.reportCopy.buffer as ArrayBuffer] : []);
});
