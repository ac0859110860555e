import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportOptions } from '@/shared/ipc/channels/export';
import type { JobProgress } from '@/shared/ipc/channels/jobs';
import type { SendingPackage } from '@/shared/ipc/channels/sending';
import type { IpcError } from '@/shared/ipc/result';
import { api } from '../../api';
import { followJob } from '../../components/follow-job';
import { useStillMounted } from '../../components/useStillMounted';
import { showProgress, type ShownProgress } from '../../i18n/describe-job-step';

export type SendingRun =
  | { readonly state: 'idle' }
  | { readonly state: 'running'; readonly jobId: string | null; readonly progress: ShownProgress }
  | { readonly state: 'done'; readonly result: SendingPackage }
  | { readonly state: 'cancelled' }
  | { readonly state: 'failed'; readonly error: IpcError };

type Followed =
  | Exclude<SendingRun, { state: 'running' }>
  | { readonly state: 'running'; readonly jobId: string | null; readonly progress: JobProgress<'sending'> | null };

/** Starts "Prepare for sending" in main (after its save dialog), follows its steps, and can cancel it. */
export function useSendingJob(reportId: string): {
  run: SendingRun;
  start: (options: ExportOptions, maxMegabytes: number) => Promise<void>;
  cancel: () => void;
} {
  const { t } = useTranslation();
  const [run, setRun] = useState<Followed>({ state: 'idle' });
  const stillMounted = useStillMounted();

  const start = useCallback(
    async (options: ExportOptions, maxMegabytes: number) => {
      setRun({ state: 'running', jobId: null, progress: null });
      const started = await api().startSending({ reportId, options, maxMegabytes });
      if (!started.ok) return setRun({ state: 'failed', error: started.error });
      const { jobId } = started.value;
      if (jobId === null) return setRun({ state: 'idle' });
      setRun({ state: 'running', jobId, progress: null });
      const end = await followJob('sending', jobId, {
        stillWanted: stillMounted,
        onProgress: (progress) => setRun({ state: 'running', jobId, progress }),
      });
      if (end.state === 'abandoned') return;
      if (end.state === 'done') setRun({ state: 'done', result: end.value });
      else if (end.state === 'failed') setRun({ state: 'failed', error: end.error });
      else setRun({ state: 'cancelled' });
    },
    [reportId, stillMounted],
  );
  const cancel = useCallback(() => {
    if (run.state === 'running' && run.jobId) void api().cancelJob({ jobId: run.jobId });
  }, [run]);

  // Worded at render time, so a change of interface language mid-job shows at once.
  const shown: SendingRun =
    run.state !== 'running'
      ? run
      : {
          ...run,
          progress: run.progress ? showProgress(t, 'sending', run.progress) : { done: 0, total: 1, label: '' },
        };
  return { run: shown, start, cancel };
}
