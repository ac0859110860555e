import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../shared/ipc/result';
import { api } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { useApiQuery } from '../components/useApiQuery';
import { useFocusOnMount } from '../components/useFocusOnMount';
import { hrefOf, navigate } from '../routing/route';

export function ReportsListScreen() {
  const { t, i18n } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>('reports');
  const reports = useApiQuery(() => api().listReports(), []);
  const [createError, setCreateError] = useState<IpcError | null>(null);
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  async function createReport() {
    const result = await api().createReport();
    if (!result.ok) return setCreateError(result.error);
    navigate({ screen: 'report', reportId: result.value.id, step: 'profile' });
  }

  return (
    <section aria-labelledby="reports-heading">
      <h1 id="reports-heading" ref={heading} tabIndex={-1}>
        {t('reports.heading')}
      </h1>
      <p>{t('reports.intro')}</p>
      <button type="button" className="button button--primary" onClick={() => void createReport()}>
        {t('reports.create')}
      </button>
      {createError && <ErrorMessage error={createError} />}
      {reports.state === 'loading' && <p role="status">{t('reports.loading')}</p>}
      {reports.state === 'failed' && <ErrorMessage error={reports.error} />}
      {reports.state === 'ready' && reports.value.length === 0 && <p>{t('reports.empty')}</p>}
      {reports.state === 'ready' && reports.value.length > 0 && (
        <table className="reports-table">
          <thead>
            <tr>
              <th scope="col">{t('reports.columns.title')}</th>
              <th scope="col">{t('reports.columns.county')}</th>
              <th scope="col">{t('reports.columns.period')}</th>
              <th scope="col">{t('reports.columns.completeness')}</th>
              <th scope="col">{t('reports.columns.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {reports.value.map((report) => (
              <tr key={report.id}>
                <td>
                  <a href={hrefOf({ screen: 'report', reportId: report.id, step: 'profile' })}>{report.title}</a>
                </td>
                <td>{report.county || t('reports.untitledCounty')}</td>
                <td>
                  {report.period.startMonth} – {report.period.endMonth}
                </td>
                <td>{t('reports.completeness', { percent: Math.round(report.completeness * 100) })}</td>
                <td>{dateFormat.format(new Date(report.updatedAt))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
