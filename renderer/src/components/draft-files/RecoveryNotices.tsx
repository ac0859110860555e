import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useFormat } from '../../i18n/useFormat';
import { useApiQuery } from '../useApiQuery';

/** What start-up recovery did, told once on the Reports list in plain words. */
export function RecoveryNotices() {
  const { t } = useTranslation();
  const format = useFormat();
  const notices = useApiQuery(() => api().recoveryNotices(), []);
  if (notices.state !== 'ready' || notices.value.length === 0) return null;
  return (
    <section className="recovery-notices" role="alert" aria-labelledby="recovery-heading">
      <h2 id="recovery-heading">{t('drafts.recovery.heading')}</h2>
      <ul>
        {notices.value.map((notice, index) => (
          <li key={`${notice.kind}-${notice.reportId ?? index}`}>
            {t(`drafts.recovery.${notice.kind}`, {
              title: notice.title ?? notice.reportId ?? '',
              time: notice.restoredFrom ? format.dateTime(notice.restoredFrom) : '',
              place: notice.movedTo ?? t('drafts.recovery.notMoved'),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
