import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobProgress } from '@/shared/ipc/channels/jobs';
import type { IpcError } from '@/shared/ipc/result';
import { api } from '../../api';
import { followJob } from '../../components/follow-job';
import { useStillMounted } from '../../components/useStillMounted';
import { showProgress, type ShownProgress } from '../../i18n/describe-job-step';

export type SyncRun =
  | { readonly state: 'idle' }
  | { readonly state: 'running'; readonly progress: ShownProgress }
  | { readonly state: 'failed'; readonly error: IpcError };

type Followed =
  Exclude<SyncRun, { state: 'running' }> | { readonly state: 'running'; readonly progress: JobProgress<'sync'> };

/** Starts a sync job in main and follows its progress through the job's events. */
export function useSyncJob(reportId: string, onFinished: () => void): { run: SyncRun; start: () => Promise<void> } {
  const { t } = useTranslation();
  const [run, setRun] = useState<Followed>({ state: 'idle' });
  const stillMounted = useStillMounted();

  const start = useCallback(async () => {
    setRun({ state: 'running', progress: { done: 0, total: 0, step: { code: 'preparing' } } });
    const started = await api().startSync({ reportId });
    if (!started.ok) return setRun({ state: 'failed', error: started.error });
    const end = await followJob('sync', started.value.jobId, {
      stillWanted: stillMounted,
      onProgress: (progress) => setRun({ state: 'running', progress }),
    });
    if (end.state === 'abandoned') return;
    setRun(end.state === 'failed' ? { state: 'failed', error: end.error } : { state: 'idle' });
    onFinished();
  }, [reportId, onFinished, stillMounted]);

  // Worded at render time, so a change of interface language mid-sync shows at once.
  const shown: SyncRun =
    run.state !== 'running' ? run : { state: 'running', progress: showProgress(t, 'sync', run.progress) };
  return { run: shown, start };
}
