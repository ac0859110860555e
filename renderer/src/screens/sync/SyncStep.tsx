import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncConflict } from '@/shared/ipc/channels/sync';
import type { IpcError } from '@/shared/ipc/result';
import type { Report } from '@/shared/report/schema';
import { api } from '../../api';
import { Button } from '../../components/controls/Button';
import { Checkbox } from '../../components/controls/CheckboxList';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useApiQuery } from '../../components/useApiQuery';
import type { ConflictChoice } from './ConflictCard';
import { ConflictList } from './ConflictList';
import { ServerProblems } from './ServerProblems';
import { SyncConnection } from './SyncConnection';
import { SyncStatusLine } from './SyncStatusLine';
import { useBackgroundSyncRefresh } from './useBackgroundSyncRefresh';
import { useSyncJob } from './useSyncJob';
import './sync.css';

/** The report's Sync step: connection, "Sync now", auto-sync, honest status, progress and the conflicts to resolve. */
export function SyncStep(props: { report: Report; onReportChanged: () => void }) {
  const { t } = useTranslation();
  const reportId = props.report.id;
  const status = useApiQuery(() => api().getSyncStatus({ reportId }), [reportId, props.report.updatedAt]);
  const conflicts = useApiQuery(() => api().listSyncConflicts({ reportId }), [reportId]);
  const settings = useApiQuery(() => api().getSettings(), []);
  const [actionError, setActionError] = useState<IpcError | null>(null);
  const online = useOnline();
  const { onReportChanged } = props;
  const { reload: reloadStatus } = status;
  const { reload: reloadConflicts } = conflicts;
  const refresh = useCallback(() => {
    reloadStatus();
    reloadConflicts();
    onReportChanged();
  }, [reloadStatus, reloadConflicts, onReportChanged]);
  const { run, start } = useSyncJob(reportId, refresh);
  const autoSync = settings.state === 'ready' && settings.value.autoSync;
  useBackgroundSyncRefresh({
    enabled: autoSync,
    lastSyncedAt: status.state === 'ready' ? status.value.lastSyncedAt : undefined,
    reloadStatus,
    reloadConflicts,
    onReportChanged,
  });

  async function toggleAutoSync(enabled: boolean) {
    const result = await api().updateSettings({ patch: { autoSync: enabled } });
    setActionError(result.ok ? null : result.error);
    settings.reload();
  }

  async function resolve(conflict: SyncConflict, choice: ConflictChoice) {
    const result = await api().resolveSyncConflict({ reportId, key: conflict.key, resolution: choice });
    setActionError(result.ok ? null : result.error);
    refresh();
  }

  if (status.state === 'failed') return <ErrorMessage error={status.error} />;
  if (status.state === 'loading' || settings.state !== 'ready') return <p role="status">{t('sync.loading')}</p>;
  const openConflicts = conflicts.state === 'ready' ? conflicts.value : [];
  return (
    <section aria-labelledby="sync-heading" className="sync-step">
      <h2 id="sync-heading">{t('sync.heading')}</h2>
      <SyncStatusLine
        status={status.value}
        running={run.state === 'running'}
        error={run.state === 'failed' ? run.error : null}
        online={online}
      />
      <SyncConnection
        settings={settings.value}
        password={{ stored: status.value.passwordStored, forSessionOnly: status.value.passwordForSessionOnly }}
        onSaved={refresh}
      />
      <div className="sync-actions">
        <Button variant="primary" onClick={() => void start()} disabled={run.state === 'running'}>
          {t('sync.syncNow')}
        </Button>
        <Checkbox
          id="sync-auto"
          label={t('sync.autoSync')}
          checked={autoSync}
          onChange={(enabled) => void toggleAutoSync(enabled)}
        />
      </div>
      {run.state === 'running' && (
        <div className="sync-progress">
          {/* Nothing counted yet (reading the server): no bar with a made-up total. */}
          <label htmlFor="sync-progress">{run.progress.label}</label>
          <progress
            id="sync-progress"
            {...(run.progress.total > 0 && { max: run.progress.total, value: run.progress.done })}
          />
        </div>
      )}
      {actionError && <ErrorMessage error={actionError} />}
      <ServerProblems status={status.value} report={props.report} />
      {openConflicts.length > 0 && (
        <ConflictList conflicts={openConflicts} onResolve={(conflict, choice) => void resolve(conflict, choice)} />
      )}
    </section>
  );
}

function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}
