import { RipotiError, isRipotiError } from '../../../../shared/errors';
import type { JobProgress, JobStatus } from '../../../../shared/ipc/channels/jobs';

/** What a long task (export, sync) receives: a way to report progress and to notice cancellation. */
export interface JobContext {
  progress(progress: JobProgress): void;
  readonly signal: AbortSignal;
}

interface JobRecord {
  status: JobStatus;
  readonly controller: AbortController;
  readonly finishedAt?: number;
}

/**
 * Long work runs as a job: the renderer starts it through its own channel, gets a job id
 * back at once, and polls `jobs:status` for progress and the result. Keeps the IPC contract
 * request/response only, and the UI never waits on a call that can take seconds.
 */
export class JobRegistry {
  private readonly jobs = new Map<string, JobRecord>();
  private sequence = 0;

  constructor(private readonly keepFinished = 50) {}

  start<T>(kind: string, run: (context: JobContext) => Promise<T>): string {
    const id = `${kind}-${Date.now().toString(36)}-${(this.sequence++).toString(36)}`;
    const controller = new AbortController();
    const record: JobRecord = { status: { state: 'running', progress: { done: 0, total: 1, label: '' } }, controller };
    this.jobs.set(id, record);
    const context: JobContext = {
      signal: controller.signal,
      progress: (progress) => {
        if (record.status.state === 'running') record.status = { state: 'running', progress };
      },
    };
    run(context).then(
      (value) => this.finish(id, { state: 'done', value }),
      (error: unknown) => {
        if (controller.signal.aborted) return this.finish(id, { state: 'cancelled' });
        const failure = isRipotiError(error) ? { code: error.code, message: error.message } : { code: 'internal' as const, message: 'The task failed unexpectedly; your draft is unchanged.' };
        if (!isRipotiError(error)) console.error(error);
        this.finish(id, { state: 'failed', error: failure });
      },
    );
    return id;
  }

  status(jobId: string): JobStatus {
    const record = this.jobs.get(jobId);
    if (!record) throw new RipotiError('not-found', `No task with id ${jobId}`);
    return record.status;
  }

  cancel(jobId: string): void {
    const record = this.jobs.get(jobId);
    if (!record) throw new RipotiError('not-found', `No task with id ${jobId}`);
    record.controller.abort();
  }

  /** Resolves when the job has finished, for the CLI and tests. */
  async settled(jobId: string, pollMs = 20): Promise<JobStatus> {
    for (;;) {
      const status = this.status(jobId);
      if (status.state !== 'running') return status;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  private finish(id: string, status: JobStatus): void {
    const record = this.jobs.get(id);
    if (!record) return;
    this.jobs.set(id, { ...record, status, finishedAt: Date.now() });
    const finished = [...this.jobs.entries()].filter(([, job]) => job.finishedAt !== undefined);
    for (const [oldId] of finished.slice(0, Math.max(0, finished.length - this.keepFinished))) this.jobs.delete(oldId);
  }
}
