import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswersOutcome, QuestionRef } from '@/shared/ipc/channels/questionnaires';
import { api } from '../../api';
import { fileToBase64 } from '../../components/draft-files/file-bytes';
import { useDescribeError } from '../../i18n/useDescribeError';
import { useFormat } from '../../i18n/useFormat';
import { useDescribeWordProblem } from '../word-import/useDescribeWordProblem';

/**
 * "Import answers…": a questionnaire a department sent back. Ripoti recognises it by the ids it
 * carries, merges each answer with what was sent, and says what it did; conflicts are listed
 * by the report's tools (AnswerConflicts) until the officer resolves them.
 */
export function ImportAnswers({
  flush,
  onImported,
}: {
  flush: () => Promise<void>;
  onImported: (outcome: AnswersOutcome) => void;
}) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const describeProblem = useDescribeWordProblem();
  const format = useFormat();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<AnswersOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setError(null);
    setOutcome(null);
    await flush();
    const result = await api().importAnswers({ fileName: file.name, base64: await fileToBase64(file) });
    setBusy(false);
    if (!result.ok) return setError(t('questionnaires.refused', { file: file.name, reason: describe(result.error) }));
    const value = result.value;
    if (value.status === 'refused')
      return setError(
        t('questionnaires.refused', { file: file.name, reason: describeProblem(value.problem, value.message) }),
      );
    if (value.status === 'not-a-questionnaire')
      return setError(
        format.language === 'en'
          ? value.message
          : `${t('questionnaires.notQuestionnaire', { file: file.name })} (${value.message})`,
      );
    setOutcome(value.outcome);
    onImported(value.outcome);
  }

  const list = (refs: readonly QuestionRef[]) =>
    refs.map((ref) => `${ref.featureId} ${t(`questionnaires.field.${ref.field}`)}`).join(', ');

  return (
    <div className="questionnaire-answers">
      <label className="file-button">
        {t('questionnaires.importAnswers')}
        <input
          type="file"
          aria-label={t('questionnaires.importAnswers')}
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={(event) => void onFile(event)}
          disabled={busy}
        />
      </label>
      <div role="status">
        {outcome && (
          <div className="notice">
            <p>
              {t('questionnaires.received', {
                department: outcome.department,
                date: format.dateTime(outcome.receivedAt),
                changed: outcome.changed.length,
                unchanged: outcome.unchanged.length,
                conflicts: outcome.conflicts.length,
              })}
            </p>
            {outcome.changed.length > 0 && (
              <p className="hint">{t('questionnaires.changedList', { list: list(outcome.changed) })}</p>
            )}
            {outcome.notFound.length > 0 && (
              <p>{t('questionnaires.notFound', { count: outcome.notFound.length, list: list(outcome.notFound) })}</p>
            )}
            {outcome.trackedChanges > 0 && (
              <p className="hint">{t('wordImport.mapping.tracked', { count: outcome.trackedChanges })}</p>
            )}
            {outcome.photosAdded > 0 && (
              <p className="hint">{t('questionnaires.photos', { count: outcome.photosAdded })}</p>
            )}
          </div>
        )}
      </div>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
