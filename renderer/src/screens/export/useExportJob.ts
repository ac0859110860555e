import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportOptions, ExportResult } from '../../../../shared/ipc/channels/export';
import type { JobProgress } from '../../../../shared/ipc/channels/jobs';
import type { IpcError } from '../../../../shared/ipc/result';
import { api } from '../../api';

export type ExportRun =
  | { readonly state: 'idle' }
  | { readonly state: 'running'; readonly progress: JobProgress }
  | { readonly state: 'done'; readonly result: ExportResult }
  | { readonly state: 'failed'; readonly error: IpcError };

const POLL_MS = 150;

/** Starts an export job in main (after its save dialog) and follows it by polling jobs:status. */
export function useExportJob(reportId: string): { run: ExportRun; start: (options: ExportOptions) => Promise<void> } {
  const [run, setRun] = useState<ExportRun>({ state: 'idle' });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const start = useCallback(
    async (options: ExportOptions) => {
      setRun({ state: 'running', progress: { done: 0, total: 1, label: '' } });
      const started = await api().startExport({ reportId, options });
      if (!started.ok) return setRun({ state: 'failed', error: started.error });
      const { jobId } = started.value;
      if (jobId === null) return setRun({ state: 'idle' });
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        if (!mounted.current) return;
        const status = await api().getJobStatus({ jobId });
        if (!status.ok) return setRun({ state: 'failed', error: status.error });
        const job = status.value;
        if (job.state === 'running') setRun({ state: 'running', progress: job.progress });
        else if (job.state === 'done') return setRun({ state: 'done', result: job.value as ExportResult });
        else if (job.state === 'failed') return setRun({ state: 'failed', error: job.error });
        else return setRun({ state: 'idle' });
      }
    },
    [reportId],
  );

  return { run, start };
}
