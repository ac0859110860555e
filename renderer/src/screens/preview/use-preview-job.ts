import { useCallback, useState } from 'react';
import type { JobProgress } from '../../../../shared/ipc/channels/jobs';
import type { IpcError, IpcResult } from '../../../../shared/ipc/result';
import { followJob } from '../../components/follow-job';
import { useStillMounted } from '../../components/useStillMounted';

export type JobRun<T> =
  | { readonly state: 'idle' }
  | { readonly state: 'running'; readonly progress: JobProgress }
  | { readonly state: 'done'; readonly value: T }
  | { readonly state: 'failed'; readonly error: IpcError };

/** Starts a job of main (after its save dialog) and follows it: Save as PDF, Prepare for sending. */
export function usePreviewJob<T>(): { run: JobRun<T>; start: (call: () => Promise<IpcResult<{ readonly jobId: string | null }>>) => Promise<void> } {
  const [run, setRun] = useState<JobRun<T>>({ state: 'idle' });
  const stillMounted = useStillMounted();
  const start = useCallback(
    async (call: () => Promise<IpcResult<{ readonly jobId: string | null }>>) => {
      setRun({ state: 'running', progress: { done: 0, total: 1, label: '' } });
      const started = await call();
      if (!started.ok) return setRun({ state: 'failed', error: started.error });
      if (started.value.jobId === null) return setRun({ state: 'idle' });
      const end = await followJob(started.value.jobId, { pollMs: 150, stillWanted: stillMounted, onProgress: (progress) => setRun({ state: 'running', progress }) });
      if (end.state === 'abandoned') return;
      if (end.state === 'done') setRun({ state: 'done', value: end.value as T });
      else if (end.state === 'failed') setRun({ state: 'failed', error: end.error });
      else setRun({ state: 'idle' });
    },
    [stillMounted],
  );
  return { run, start };
}
