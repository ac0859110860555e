import { RipotiError, isRipotiError } from '@/shared/errors';
import {
  jobKinds,
  type JobKind,
  type JobProgress,
  type JobResult,
  type JobStatus,
  type JobUpdate,
} from '@/shared/ipc/channels/jobs';
import type { MainEvents } from '../main-events';

/** What a long task (export, sync) receives: a way to report progress and to notice cancellation. */
export interface JobContext<K extends JobKind = JobKind> {
  progress(progress: JobProgress<K>): void;
  readonly signal: AbortSignal;
}

interface JobRecord {
  readonly kind: JobKind;
  status: JobStatus;
  readonly controller: AbortController;
  finishedAt?: number;
}

export interface JobRegistryOptions {
  /** Where each job's progress and end are announced (the renderer's `jobs:updated`). */
  readonly events?: MainEvents;
  /** How many finished jobs still answer `jobs:status`. */
  readonly keepFinished?: number;
}

/**
 * Long work runs as a job: the renderer starts it through its own channel and gets a job id
 * back at once; every step and the end are pushed as `jobs:updated` events, and `jobs:status`
 * answers for a screen that opened late. The UI never waits on a call that can take seconds.
 */
export class JobRegistry {
  private readonly jobs = new Map<string, JobRecord>();
  private sequence = 0;

  constructor(private readonly options: JobRegistryOptions = {}) {}

  start<K extends JobKind>(kind: K, run: (context: JobContext<K>) => Promise<JobResult<K>>): string {
    const id = `${kind}-${Date.now().toString(36)}-${(this.sequence++).toString(36)}`;
    const controller = new AbortController();
    const record: JobRecord = {
      kind,
      status: { state: 'running', progress: { done: 0, total: 1, step: jobKinds[kind].firstStep } },
      controller,
    };
    this.jobs.set(id, record);
    const context: JobContext<K> = {
      signal: controller.signal,
      progress: (progress) => {
        if (record.status.state !== 'running') return;
        record.status = { state: 'running', progress };
        this.announce(id, record);
      },
    };
    run(context).then(
      (value) => this.finish(id, { state: 'done', value }),
      (error: unknown) => {
        if (controller.signal.aborted) return this.finish(id, { state: 'cancelled' });
        const failure = isRipotiError(error)
          ? { code: error.code, message: error.message }
          : { code: 'internal' as const, message: 'The task failed unexpectedly; your draft is unchanged.' };
        if (!isRipotiError(error)) console.error(error);
        this.finish(id, { state: 'failed', error: failure });
      },
    );
    return id;
  }

  status(jobId: string): JobStatus {
    return this.record(jobId).status;
  }

  /** The status with the job's id and kind, as the renderer receives it. */
  update(jobId: string): JobUpdate {
    const { kind, status } = this.record(jobId);
    return { jobId, kind, status } as JobUpdate;
  }

  cancel(jobId: string): void {
    this.record(jobId).controller.abort();
  }

  /** Resolves when the job has finished, for the CLI and tests. */
  async settled(jobId: string, pollMs = 20): Promise<JobStatus> {
    for (;;) {
      const status = this.status(jobId);
      if (status.state !== 'running') return status;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  private record(jobId: string): JobRecord {
    const record = this.jobs.get(jobId);
    if (!record) throw new RipotiError('not-found', `No task with id ${jobId}`);
    return record;
  }

  private announce(jobId: string, record: JobRecord): void {
    this.options.events?.emit('jobUpdated', { jobId, kind: record.kind, status: record.status } as JobUpdate);
  }

  private finish(id: string, status: JobStatus): void {
    const record = this.jobs.get(id);
    if (!record) return;
    // The same record the job's context holds: progress it reports after the end is ignored.
    record.status = status;
    record.finishedAt = Date.now();
    this.announce(id, record);
    const done = [...this.jobs.entries()].filter(([, job]) => job.finishedAt !== undefined);
    for (const [oldId] of done.slice(0, Math.max(0, done.length - (this.options.keepFinished ?? 50))))
      this.jobs.delete(oldId);
  }
}
