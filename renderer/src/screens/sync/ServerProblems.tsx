import { useTranslation } from 'react-i18next';
import type { SyncServerProblem, SyncStatus } from '@/shared/ipc/channels/sync';
import type { Report } from '@/shared/report/schema';
import { useFormat } from '../../i18n/useFormat';

/**
 * What sync skipped on the server and why (a copy another program wrote in a shape Ripoti does
 * not accept, a photo missing there), and a record that had to be rebuilt: said, never hidden.
 */
export function ServerProblems({ status, report }: { status: SyncStatus; report: Report }) {
  const { t } = useTranslation();
  const format = useFormat();
  const place = (problem: SyncServerProblem) => {
    switch (problem.place.kind) {
      case 'section':
        return t('sync.problems.section', { featureId: problem.place.featureId });
      case 'header':
        return t('sync.problems.header');
      case 'photo':
        return t('sync.problems.photo', {
          name: report.attachments[problem.place.digest]?.fileName ?? problem.place.digest.slice(0, 12),
        });
    }
  };
  if (status.serverProblems.length === 0 && !status.recordRebuilt) return null;
  return (
    <section aria-labelledby="sync-problems-heading" className="sync-problems" data-testid="sync-problems">
      <h3 id="sync-problems-heading">{t('sync.problems.heading')}</h3>
      {status.recordRebuilt && (
        <p>
          {t('sync.problems.rebuilt', {
            time: format.dateTime(status.recordRebuilt.at),
            file: status.recordRebuilt.keptAs,
          })}
        </p>
      )}
      {status.serverProblems.length > 0 && (
        <>
          <p>{t('sync.problems.explain')}</p>
          <ul>
            {status.serverProblems.map((problem) => (
              <li key={`${problem.place.kind}-${JSON.stringify(problem.place)}-${problem.reason}`}>
                {t('sync.problems.item', { place: place(problem), reason: problem.reason })}
                {problem.blocking && ` ${t('sync.problems.blocking')}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
