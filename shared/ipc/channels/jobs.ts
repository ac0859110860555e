import { z } from 'zod';
import type { ErrorCode } from '../../errors';
import { defineChannel } from '../channel';
import { defineEvent } from '../event';
import type { IpcError } from '../result';
import { exportJob } from './export';
import { sendingJob } from './sending';
import { syncJob } from './sync';

/**
 * Every kind of job main runs, each with its step codes and its result (defined beside its
 * channels). Adding a job: define it with defineJob in its channels file, list it here, word its
 * steps in the locales under `<kind>.steps`, and start it with `services.jobs.start('<kind>', …)`.
 */
export const jobKinds = { export: exportJob, sync: syncJob, sending: sendingJob };

export type JobKind = keyof typeof jobKinds;
export type JobStep<K extends JobKind = JobKind> = z.infer<(typeof jobKinds)[K]['step']>;
export type JobResult<K extends JobKind = JobKind> = z.infer<(typeof jobKinds)[K]['result']>;

export interface JobProgress<K extends JobKind = JobKind> {
  readonly done: number;
  readonly total: number;
  /** What is being done now, as a code the renderer words (never a sentence from main). */
  readonly step: JobStep<K>;
}

export type JobStatus<K extends JobKind = JobKind> =
  | { readonly state: 'running'; readonly progress: JobProgress<K> }
  | { readonly state: 'done'; readonly value: JobResult<K> }
  | { readonly state: 'failed'; readonly error: IpcError }
  | { readonly state: 'cancelled' };

/** What main tells the renderer about one job: pushed as `jobs:updated`, and the answer to `jobs:status`. */
export type JobUpdate = {
  readonly [K in JobKind]: { readonly jobId: string; readonly kind: K; readonly status: JobStatus<K> };
}[JobKind];

const jobIdSchema = z.string().min(1).max(100);
// The renderer words the code and shows main's sentence; an unknown code falls back to the sentence.
const errorSchema = z.object({
  code: z.custom<ErrorCode>((code) => typeof code === 'string' && code.length <= 100),
  message: z.string(),
});

function updateSchemaOf<K extends JobKind>(kind: K) {
  const { step, result } = jobKinds[kind];
  const progress = z.object({ done: z.number(), total: z.number(), step });
  return z.object({
    jobId: jobIdSchema,
    kind: z.literal(kind),
    status: z.discriminatedUnion('state', [
      z.object({ state: z.literal('running'), progress }),
      z.object({ state: z.literal('done'), value: result }),
      z.object({ state: z.literal('failed'), error: errorSchema }),
      z.object({ state: z.literal('cancelled') }),
    ]),
  });
}

// Built from jobKinds, one branch per kind; zod cannot infer a union mapped from an object, so the type is stated.
const updateSchemas = (Object.keys(jobKinds) as JobKind[]).map((kind) => updateSchemaOf(kind));
export const jobUpdateSchema = z.union(
  updateSchemas as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]],
) as unknown as z.ZodType<JobUpdate>;

const byJobId = z.object({ jobId: jobIdSchema }).strict();

export const jobChannels = {
  /** The job's state now: for a screen that opens while a job runs, or that may have missed an event. */
  getJobStatus: defineChannel<JobUpdate>()('jobs:status', byJobId),
  cancelJob: defineChannel<null>()('jobs:cancel', byJobId),
};

export const jobEvents = {
  /** Sent to the window at every step of a job and once when it ends. */
  jobUpdated: defineEvent('jobs:updated', jobUpdateSchema),
};
