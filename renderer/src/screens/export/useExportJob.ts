import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportOptions, ExportResult } from '@/shared/ipc/channels/export';
import type { JobProgress } from '@/shared/ipc/channels/jobs';
import type { IpcError } from '@/shared/ipc/result';
import { api } from '../../api';
import { followJob } from '../../components/follow-job';
import { useStillMounted } from '../../components/useStillMounted';
import { showProgress, type ShownProgress } from '../../i18n/describe-job-step';

export type ExportRun =
  | { readonly state: 'idle' }
  | { readonly state: 'running'; readonly progress: ShownProgress }
  | { readonly state: 'done'; readonly result: ExportResult }
  | { readonly state: 'failed'; readonly error: IpcError };

type Followed =
  | Exclude<ExportRun, { state: 'running' }>
  | { readonly state: 'running'; readonly progress: JobProgress<'export'> | null };

/**
 * Starts an export job in main (after its save dialog) and follows its events. Opening the
 * Export step asks main to get the export's worker ready, so the first export is as quick as
 * the next (`prepare: false` where that work would compete with the screen, as in Preview).
 */
export function useExportJob(
  reportId: string,
  { prepare = true }: { prepare?: boolean } = {},
): { run: ExportRun; start: (options: ExportOptions) => Promise<void> } {
  const { t } = useTranslation();
  const [run, setRun] = useState<Followed>({ state: 'idle' });
  const stillMounted = useStillMounted();

  useEffect(() => {
    if (prepare) void api().prepareExport();
  }, [prepare]);

  const start = useCallback(
    async (options: ExportOptions) => {
      setRun({ state: 'running', progress: null });
      const started = await api().startExport({ reportId, options });
      if (!started.ok) return setRun({ state: 'failed', error: started.error });
      const { jobId } = started.value;
      if (jobId === null) return setRun({ state: 'idle' });
      const end = await followJob('export', jobId, {
        stillWanted: stillMounted,
        onProgress: (progress) => setRun({ state: 'running', progress }),
      });
      if (end.state === 'abandoned') return;
      if (end.state === 'done') setRun({ state: 'done', result: end.value });
      else if (end.state === 'failed') setRun({ state: 'failed', error: end.error });
      else setRun({ state: 'idle' });
    },
    [reportId, stillMounted],
  );

  // Worded at render time, so a change of interface language mid-export shows at once.
  const shown: ExportRun =
    run.state !== 'running'
      ? run
      : {
          state: 'running',
          progress: run.progress ? showProgress(t, 'export', run.progress) : { done: 0, total: 1, label: '' },
        };
  return { run: shown, start };
}
