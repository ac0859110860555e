import { z } from 'zod';
import type { IpcError } from '../result';
import { defineChannel } from '../channel';

export interface JobProgress {
  readonly done: number;
  readonly total: number;
  /** What is being done now, in plain words, for the progress bar's label. */
  readonly label: string;
}

export type JobStatus =
  | { readonly state: 'running'; readonly progress: JobProgress }
  | { readonly state: 'done'; readonly value: unknown }
  | { readonly state: 'failed'; readonly error: IpcError }
  | { readonly state: 'cancelled' };

const jobId = z.object({ jobId: z.string().min(1).max(100) }).strict();

export const jobChannels = {
  getJobStatus: defineChannel<JobStatus>()('jobs:status', jobId),
  cancelJob: defineChannel<null>()('jobs:cancel', jobId),
};
