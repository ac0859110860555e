import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../../shared/ipc/channels/sync';
import type { IpcError } from '../../../../shared/ipc/result';
import { useDescribeError } from '../../i18n/useDescribeError';
import { useFormat } from '../../i18n/useFormat';

/** The honest one-line status: "Synced 10:42", "3 changes waiting", "Offline", "Server refused: …". */
export function SyncStatusLine({ status, error, online }: { status: SyncStatus; error: IpcError | null; online: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useDescribeError();
  const problem = error ?? status.lastError;
  const lines: string[] = [];
  if (!online || problem?.code === 'network') lines.push(t('sync.status.offline'));
  else if (problem?.code === 'unauthorized') lines.push(t('sync.status.wrongPassword'));
  else if (problem) lines.push(t('sync.status.refused', { reason: describe({ code: problem.code, message: problem.message.replace(/^Server refused:\s*/, '') }) }));
  if (status.conflicts > 0) lines.push(t('sync.status.conflicts', { count: status.conflicts }));
  if (status.changesWaiting > 0) lines.push(t('sync.status.waiting', { count: status.changesWaiting }));
  else if (status.lastSyncedAt) lines.push(t('sync.status.synced', { time: format.time(status.lastSyncedAt) }));
  else lines.push(t('sync.status.never'));
  return (
    <p role="status" className="sync-status" data-testid="sync-status">
      {lines.join(' · ')}
    </p>
  );
}
