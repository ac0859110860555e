import type { JobKind, JobProgress, JobStatus, JobUpdate } from '@/shared/ipc/channels/jobs';
import { api } from '../api';

/** How a followed job ended: its own final status (its value typed by its kind), or the screen went away. */
export type JobEnd<K extends JobKind> = Exclude<JobStatus<K>, { state: 'running' }> | { readonly state: 'abandoned' };

/**
 * Follows a job of main (export, sync) through the `jobs:updated` events main pushes. Once
 * subscribed it asks `jobs:status`, so a job that moved on (or ended) before then is not missed.
 * Progress goes to `onProgress`; resolves when the job ends, or at its first update after
 * `stillWanted` says the screen that asked is gone.
 */
export function followJob<K extends JobKind>(
  kind: K,
  jobId: string,
  options: { stillWanted: () => boolean; onProgress: (progress: JobProgress<K>) => void },
): Promise<JobEnd<K>> {
  return new Promise((resolve) => {
    let ended = false;
    let heard = false;
    const end = (result: JobEnd<K>): void => {
      ended = true;
      unsubscribe();
      resolve(result);
    };
    const take = (update: JobUpdate): void => {
      if (ended || update.jobId !== jobId || update.kind !== kind) return;
      if (!options.stillWanted()) return end({ state: 'abandoned' });
      // The kind was checked above; TypeScript cannot narrow a generic through it.
      const status = update.status as JobStatus<K>;
      if (status.state === 'running') options.onProgress(status.progress);
      else end(status);
    };
    const unsubscribe = api().onJobUpdated((update) => {
      heard = true;
      take(update);
    });
    void api()
      .getJobStatus({ jobId })
      .then((answer) => {
        if (!answer.ok) return ended || end({ state: 'failed', error: answer.error });
        // An event may already have said more than this answer; only its end still matters then.
        if (!heard || answer.value.status.state !== 'running') take(answer.value);
      });
  });
}
