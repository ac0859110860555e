import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useApiQuery } from '../../components/useApiQuery';
import { hrefOf } from '../../routing/route';

/**
 * Export warns while sync conflicts are open: the document would carry the officer's own version
 * of fields a colleague also changed, and nobody would notice in the Word file.
 */
export function SyncConflictNotice({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const status = useApiQuery(() => api().getSyncStatus({ reportId }), [reportId]);
  if (status.state !== 'ready' || status.value.conflicts === 0) return null;
  return (
    <div className="export-conflicts" role="note" aria-labelledby="export-conflicts-text">
      <p id="export-conflicts-text">{t('export.conflicts.text', { count: status.value.conflicts })}</p>
      <a href={hrefOf({ screen: 'report', reportId, step: 'sync' })}>{t('export.conflicts.link')}</a>
    </div>
  );
}
