import { useTranslation } from 'react-i18next';
import { allAreas, bundledFramework } from '../../../shared/framework/load';
import { localize, languageSchema } from '../../../shared/language';
import { api } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { useApiQuery } from '../components/useApiQuery';
import { useFocusOnMount } from '../components/useFocusOnMount';
import { hrefOf } from '../routing/route';

export function ReportScreen({ reportId, step }: { reportId: string; step: string }) {
  const { t, i18n } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>(`${reportId}/${step}`);
  const report = useApiQuery(() => api().getReport({ id: reportId }), [reportId]);
  const language = languageSchema.catch('en').parse(i18n.language);
  const areas = allAreas(bundledFramework());

  if (report.state === 'loading') return <p role="status">{t('report.loading')}</p>;
  if (report.state === 'failed') return <ErrorMessage error={report.error} />;
  return (
    <section aria-labelledby="report-heading">
      <p>
        <a href={hrefOf({ screen: 'reports' })}>{t('report.backToList')}</a>
      </p>
      <h1 id="report-heading" ref={heading} tabIndex={-1}>
        {report.value.title}
      </h1>
      <nav aria-label={t('report.steps')}>
        <ol className="steps">
          <li>
            <a href={hrefOf({ screen: 'report', reportId, step: 'profile' })} aria-current={step === 'profile' ? 'step' : undefined}>
              {t('report.profile')}
            </a>
          </li>
          {areas.map((area) => (
            <li key={area.id}>
              <a href={hrefOf({ screen: 'report', reportId, step: area.id })} aria-current={step === area.id ? 'step' : undefined}>
                {area.id} {localize(area.title, language)}
              </a>
            </li>
          ))}
          <li>
            <a href={hrefOf({ screen: 'report', reportId, step: 'review' })} aria-current={step === 'review' ? 'step' : undefined}>
              {t('report.review')}
            </a>
          </li>
        </ol>
      </nav>
    </section>
  );
}
