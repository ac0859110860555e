import { useCallback, useState } from 'react';
import type { ExportOptions, ExportResult } from '../../../../shared/ipc/channels/export';
import type { JobProgress } from '../../../../shared/ipc/channels/jobs';
import type { IpcError } from '../../../../shared/ipc/result';
import { api } from '../../api';
import { followJob } from '../../components/follow-job';
import { useStillMounted } from '../../components/useStillMounted';

export type ExportRun =
  | { readonly state: 'idle' }
  | { readonly state: 'running'; readonly progress: JobProgress }
  | { readonly state: 'done'; readonly result: ExportResult }
  | { readonly state: 'failed'; readonly error: IpcError };

const POLL_MS = 150;

/** Starts an export job in main (after its save dialog) and follows it by polling jobs:status. */
export function useExportJob(reportId: string): { run: ExportRun; start: (options: ExportOptions) => Promise<void> } {
  const [run, setRun] = useState<ExportRun>({ state: 'idle' });
  const stillMounted = useStillMounted();

  const start = useCallback(
    async (options: ExportOptions) => {
      setRun({ state: 'running', progress: { done: 0, total: 1, label: '' } });
      const started = await api().startExport({ reportId, options });
      if (!started.ok) return setRun({ state: 'failed', error: started.error });
      const { jobId } = started.value;
      if (jobId === null) return setRun({ state: 'idle' });
      const end = await followJob(jobId, { pollMs: POLL_MS, stillWanted: stillMounted, onProgress: (progress) => setRun({ state: 'running', progress }) });
      if (end.state === 'abandoned') return;
      if (end.state === 'done') setRun({ state: 'done', result: end.value as ExportResult });
      else if (end.state === 'failed') setRun({ state: 'failed', error: end.error });
      else setRun({ state: 'idle' });
    },
    [reportId, stillMounted],
  );

  return { run, start };
}
