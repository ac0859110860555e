import { useCallback, useState } from 'react';
import type { JobProgress } from '../../../../shared/ipc/channels/jobs';
import type { IpcError } from '../../../../shared/ipc/result';
import { api } from '../../api';
import { followJob } from '../../components/follow-job';
import { useStillMounted } from '../../components/useStillMounted';

export type SyncRun = { readonly state: 'idle' } | { readonly state: 'running'; readonly progress: JobProgress } | { readonly state: 'failed'; readonly error: IpcError };

const POLL_MS = 250;

/** Starts a sync job in main and follows its progress by polling jobs:status (the contract is request/response only). */
export function useSyncJob(reportId: string, onFinished: () => void): { run: SyncRun; start: () => Promise<void> } {
  const [run, setRun] = useState<SyncRun>({ state: 'idle' });
  const stillMounted = useStillMounted();

  const start = useCallback(async () => {
    setRun({ state: 'running', progress: { done: 0, total: 0, label: '' } });
    const started = await api().startSync({ reportId });
    if (!started.ok) return setRun({ state: 'failed', error: started.error });
    const end = await followJob(started.value.jobId, { pollMs: POLL_MS, stillWanted: stillMounted, onProgress: (progress) => setRun({ state: 'running', progress }) });
    if (end.state === 'abandoned') return;
    setRun(end.state === 'failed' ? { state: 'failed', error: end.error } : { state: 'idle' });
    onFinished();
  }, [reportId, onFinished, stillMounted]);

  return { run, start };
}
