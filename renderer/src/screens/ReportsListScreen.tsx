import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@/shared/ipc/result';
import type { Report, ReportSummary } from '@/shared/report/schema';
import { api } from '../api';
import { DraftFileActions, type OpenedFile } from '../components/draft-files/DraftFileActions';
import { ErrorMessage } from '../components/ErrorMessage';
import { useApiQuery } from '../components/useApiQuery';
import { useFocusOnMount } from '../components/useFocusOnMount';
import { useFormat } from '../i18n/useFormat';
import { hrefOf, navigate } from '../routing/route';
import { UndoDelete } from './report/UndoDelete';
import { WordImportOnList } from './word-import/WordImportOnList';
import '../styles/form.css';
import { Button } from '../components/controls/Button';

/** Every draft on this computer: create, open, duplicate, delete (with undo). */
export function ReportsListScreen({ openedFile }: { openedFile: OpenedFile }) {
  const { t } = useTranslation();
  const format = useFormat();
  const heading = useFocusOnMount<HTMLHeadingElement>('reports');
  const reports = useApiQuery(() => api().listReports(), []);
  const [error, setError] = useState<IpcError | null>(null);
  const [deleted, setDeleted] = useState<Report | null>(null);

  async function createReport() {
    const result = await api().createReport();
    if (!result.ok) return setError(result.error);
    navigate({ screen: 'report', reportId: result.value.id, step: 'profile' });
  }

  async function duplicate(summary: ReportSummary) {
    const result = await api().duplicateReport({
      id: summary.id,
      title: t('reportForm.list.copyTitle', { title: summary.title }),
    });
    if (!result.ok) return setError(result.error);
    setError(null);
    reports.reload();
  }

  async function remove(summary: ReportSummary) {
    // The whole report is kept in memory so "Undo" can put it back exactly.
    const full = await api().getReport({ id: summary.id });
    if (!full.ok) return setError(full.error);
    const result = await api().deleteReport({ id: summary.id });
    if (!result.ok) return setError(result.error);
    setError(null);
    setDeleted(full.value);
    reports.reload();
  }

  async function undo(report: Report) {
    const result = await api().restoreReport({ report });
    if (!result.ok) return setError(result.error);
    setDeleted(null);
    reports.reload();
  }

  return (
    <section aria-labelledby="reports-heading">
      <h1 id="reports-heading" ref={heading} tabIndex={-1}>
        {t('reports.heading')}
      </h1>
      <p>{t('reports.intro')}</p>
      <div className="actions-row">
        <Button variant="primary" onClick={() => void createReport()}>
          {t('reports.create')}
        </Button>
        <DraftFileActions
          openedFile={openedFile}
          onImported={(reportId) => navigate({ screen: 'report', reportId, step: 'profile' })}
        />
      </div>
      <WordImportOnList onImported={() => reports.reload()} />
      {deleted && <UndoDelete report={deleted} onUndo={() => void undo(deleted)} onDismiss={() => setDeleted(null)} />}
      {error && <ErrorMessage error={error} />}
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
              <th scope="col">{t('reportForm.list.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {reports.value.map((report) => (
              <tr key={report.id}>
                <td>
                  <a href={hrefOf({ screen: 'report', reportId: report.id, step: 'profile' })}>
                    {report.title || t('reportForm.untitled')}
                  </a>
                  {report.status === 'final' && <span className="tag">{t('reportForm.list.final')}</span>}
                </td>
                <td data-label={t('reports.columns.county')}>{report.county || t('reports.untitledCounty')}</td>
                <td data-label={t('reports.columns.period')}>{format.period(report.period)}</td>
                <td data-label={t('reports.columns.completeness')}>
                  {format.percent(report.completeness)}{' '}
                  <progress
                    max={1}
                    value={report.completeness}
                    aria-label={t('reportForm.list.completenessOf', { title: report.title })}
                  />
                </td>
                <td data-label={t('reports.columns.updated')}>{format.dateTime(report.updatedAt)}</td>
                <td className="row-actions">
                  <Button small onClick={() => void duplicate(report)}>
                    {t('reportForm.list.duplicate')}
                    <span className="visually-hidden"> {report.title}</span>
                  </Button>
                  <Button variant="warning" small onClick={() => void remove(report)}>
                    {t('reportForm.list.delete')}
                    <span className="visually-hidden"> {report.title}</span>
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
