import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { useApiQuery } from '../components/useApiQuery';
import { ReportEditor } from './report/ReportEditor';
import '../styles/form.css';

/** Loads the framework (from main: a county may ship a corrected one) and the report, then edits it. */
export function ReportScreen({ reportId, step }: { reportId: string; step: string }) {
  const { t } = useTranslation();
  const framework = useApiQuery(() => api().getFramework(), []);
  const report = useApiQuery(() => api().getReport({ id: reportId }), [reportId]);

  if (framework.state === 'failed') return <ErrorMessage error={framework.error} />;
  if (report.state === 'failed') return <ErrorMessage error={report.error} />;
  if (framework.state === 'loading' || report.state === 'loading') return <p role="status">{t('report.loading')}</p>;
  return <ReportEditor key={reportId} initial={report.value} framework={framework.value} step={step} />;
}
