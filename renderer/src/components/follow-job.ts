import type { JobProgress, JobStatus } from '../../../shared/ipc/channels/jobs';
import type { IpcError } from '../../../shared/ipc/result';
import { api } from '../api';

/** How a followed job ended: its own final status, a failed status request, or the screen went away. */
export type JobEnd = Exclude<JobStatus, { state: 'running' }> | { readonly state: 'failed'; readonly error: IpcError } | { readonly state: 'abandoned' };

/**
 * Follows a job of main (export, sync) by polling jobs:status, since the IPC contract is
 * request/response only. Progress goes to `onProgress`; stops when the job ends or when
 * `stillWanted` says the screen that asked is gone.
 */
export async function followJob(jobId: string, options: { pollMs: number; stillWanted: () => boolean; onProgress: (progress: JobProgress) => void }): Promise<JobEnd> {
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, options.pollMs));
    if (!options.stillWanted()) return { state: 'abandoned' };
    const status = await api().getJobStatus({ jobId });
    if (!status.ok) return { state: 'failed', error: status.error };
    if (status.value.state !== 'running') return status.value;
    options.onProgress(status.value.progress);
  }
}
