import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobProgress } from '../../../../shared/ipc/channels/jobs';
import type { IpcError } from '../../../../shared/ipc/result';
import { api } from '../../api';

export type SyncRun = { readonly state: 'idle' } | { readonly state: 'running'; readonly progress: JobProgress } | { readonly state: 'failed'; readonly error: IpcError };

const POLL_MS = 250;

/** Starts a sync job in main and follows its progress by polling jobs:status (the contract is request/response only). */
export function useSyncJob(reportId: string, onFinished: () => void): { run: SyncRun; start: () => Promise<void> } {
  const [run, setRun] = useState<SyncRun>({ state: 'idle' });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const start = useCallback(async () => {
    setRun({ state: 'running', progress: { done: 0, total: 1, label: '' } });
    const started = await api().startSync({ reportId });
    if (!started.ok) return setRun({ state: 'failed', error: started.error });
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      if (!mounted.current) return;
      const status = await api().getJobStatus({ jobId: started.value.jobId });
      if (!status.ok) return setRun({ state: 'failed', error: status.error });
      const job = status.value;
      if (job.state === 'running') {
        setRun({ state: 'running', progress: job.progress });
        continue;
      }
      setRun(job.state === 'failed' ? { state: 'failed', error: job.error } : { state: 'idle' });
      onFinished();
      return;
    }
  }, [reportId, onFinished]);

  return { run, start };
}
