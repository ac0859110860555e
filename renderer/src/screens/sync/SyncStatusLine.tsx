import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '@/shared/ipc/channels/sync';
import type { IpcError } from '@/shared/ipc/result';
import { useDescribeError } from '../../i18n/useDescribeError';
import { useFormat } from '../../i18n/useFormat';
import { statusLines } from './status-lines';

/** The honest one-line status: "Synced 10:42", "3 changes waiting", "Cannot reach the sync server… trying again at 10:45". */
export function SyncStatusLine(props: {
  status: SyncStatus;
  running: boolean;
  error: IpcError | null;
  online: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useDescribeError();
  return (
    <p role="status" className="sync-status" data-testid="sync-status">
      {statusLines(props, t, describe, format.time).join(' · ')}
    </p>
  );
}
