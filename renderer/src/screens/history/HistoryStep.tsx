import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report } from '@/shared/report/schema';
import { api } from '../../api';
import { Button } from '../../components/controls/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { saveBase64As } from '../../components/draft-files/file-bytes';
import { useApiQuery } from '../../components/useApiQuery';
import { useFormat } from '../../i18n/useFormat';
import { CarryForward } from './CarryForward';
import { historyReason } from './history-reason';
import { useDescribeError } from '../../i18n/useDescribeError';

/**
 * The report's saved versions (each export, sync and every few minutes of editing): when,
 * why, what changed; restore one (undoable: the current state is saved first). Also saving
 * the draft to a .ripoti file and starting the next cycle from this report.
 */
export function HistoryStep({
  report,
  onReportChanged,
}: {
  report: Report;
  onReportChanged: (notice?: string) => void;
}) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const format = useFormat();
  const history = useApiQuery(() => api().listHistory({ reportId: report.id }), [report.id, report.updatedAt]);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function act(
    run: () => Promise<{ ok: true } | { ok: false; error: { code: string; message: string } }>,
    done: string,
  ) {
    setError(null);
    const result = await run();
    if (!result.ok) return setError(describe(result.error));
    setMessage(done);
    history.reload();
  }

  // The step is drawn anew after a restore, so the editor shows the confirmation, not this step.
  async function restore(snapshotId: string, takenAt: string) {
    setError(null);
    const result = await api().restoreSnapshot({ reportId: report.id, snapshotId });
    if (!result.ok) return setError(describe(result.error));
    onReportChanged(t('drafts.history.restored', { time: format.dateTime(takenAt) }));
  }

  const partName = (part: string) =>
    part === 'profile' || part === 'details' || part === 'annex' ? t(`drafts.history.part.${part}`) : part;

  return (
    <section aria-labelledby="history-heading">
      <h3 id="history-heading">{t('drafts.history.heading')}</h3>
      <p className="hint">{t('drafts.history.hint')}</p>
      <div className="actions">
        <Button
          onClick={() =>
            void act(() => api().takeSnapshot({ reportId: report.id, reason: 'manual' }), t('drafts.history.saved'))
          }
        >
          {t('drafts.history.saveNow')}
        </Button>
        <Button
          onClick={() =>
            void act(async () => {
              const file = await api().exportDraftFile({ reportId: report.id });
              if (file.ok) saveBase64As(file.value.base64, file.value.fileName, 'application/octet-stream');
              return file;
            }, t('drafts.file.exported'))
          }
        >
          {t('drafts.file.export')}
        </Button>
      </div>
      <p role="status">{message}</p>
      {error && (
        <p className="error-message" role="alert">
          {t('drafts.history.failed', { message: error })}
        </p>
      )}
      {history.state === 'failed' && <ErrorMessage error={history.error} />}
      {history.state === 'ready' && history.value.length === 0 && <p>{t('drafts.history.empty')}</p>}
      {history.state === 'ready' && history.value.length > 0 && (
        <div className="table-scroll">
          <table className="history-table">
            <caption>{t('drafts.history.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('drafts.history.when')}</th>
                <th scope="col">{t('drafts.history.why')}</th>
                <th scope="col">{t('drafts.history.changed')}</th>
                <th scope="col">{t('drafts.history.action')}</th>
              </tr>
            </thead>
            <tbody>
              {history.value.map((entry) => (
                <tr key={entry.id}>
                  <td data-label={t('drafts.history.when')}>{format.dateTime(entry.takenAt)}</td>
                  <td data-label={t('drafts.history.why')}>{historyReason(t, format.dateTime, entry)}</td>
                  <td data-label={t('drafts.history.changed')}>
                    {entry.changed.length === 0 ? '—' : entry.changed.map(partName).join(', ')}
                  </td>
                  <td>
                    <Button
                      small
                      aria-label={t('drafts.history.restoreLabel', { time: format.dateTime(entry.takenAt) })}
                      onClick={() => void restore(entry.id, entry.takenAt)}
                    >
                      {t('drafts.history.restore')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CarryForward report={report} />
    </section>
  );
}
