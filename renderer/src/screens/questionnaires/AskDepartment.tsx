import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { allAreas } from '@/shared/framework/load';
import type { Framework } from '@/shared/framework/schema';
import { QUESTION_FIELDS, type QuestionField } from '@/shared/ipc/channels/questionnaires';
import { localize } from '@/shared/language';
import type { Report } from '@/shared/report/schema';
import { api } from '../../api';
import { saveBase64As } from '../../components/draft-files/file-bytes';
import { useFocusOnMount } from '../../components/useFocusOnMount';
import { useDescribeError } from '../../i18n/useDescribeError';
import { useFormat } from '../../i18n/useFormat';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Four weeks from today, as a date input wants it: a department needs time to answer. */
function inFourWeeks(): string {
  return new Date(Date.now() + 28 * 86_400_000).toISOString().slice(0, 10);
}

/**
 * "Ask a department…": a department name, a date to reply by, the Key Features and the
 * questions; Ripoti writes the Word questionnaire and records what it sent.
 */
export function AskDepartment({
  report,
  framework,
  onSent,
  onClose,
}: {
  report: Report;
  framework: Framework;
  onSent: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const { language } = useFormat();
  const heading = useFocusOnMount<HTMLHeadingElement>('ask-department');
  const [department, setDepartment] = useState('');
  const [dueDate, setDueDate] = useState(inFourWeeks);
  const [features, setFeatures] = useState<Set<string>>(new Set());
  const [fields, setFields] = useState<Set<QuestionField>>(new Set(['narrative', 'challenges', 'measures']));
  const [message, setMessage] = useState<{ kind: 'error' | 'status'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const toggle = <T,>(set: Set<T>, value: T): Set<T> => {
    const next = new Set(set);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    return next;
  };

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (features.size === 0 || fields.size === 0)
      return setMessage({ kind: 'error', text: t('questionnaires.noneChosen') });
    setBusy(true);
    const questions = [...features].flatMap((featureId) => [...fields].map((field) => ({ featureId, field })));
    const result = await api().createQuestionnaire({ reportId: report.id, department, dueDate, questions });
    setBusy(false);
    if (!result.ok)
      return setMessage({ kind: 'error', text: t('questionnaires.failed', { message: describe(result.error) }) });
    saveBase64As(result.value.base64, result.value.fileName, DOCX);
    setMessage({ kind: 'status', text: t('questionnaires.created', { department, file: result.value.fileName }) });
    onSent();
  }

  return (
    <section aria-labelledby="ask-heading" className="notice questionnaire-form">
      <h3 id="ask-heading" ref={heading} tabIndex={-1}>
        {t('questionnaires.askHeading')}
      </h3>
      <p className="hint">{t('questionnaires.askHint')}</p>
      <form onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor="ask-department-name">{t('questionnaires.department')}</label>
          <p className="hint" id="ask-department-hint">
            {t('questionnaires.departmentHint')}
          </p>
          <input
            id="ask-department-name"
            aria-describedby="ask-department-hint"
            required
            maxLength={120}
            value={department}
            onChange={(event) => setDepartment(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="ask-due-date">{t('questionnaires.dueDate')}</label>
          <input
            id="ask-due-date"
            type="date"
            required
            value={dueDate}
            onChange={(event) => setDueDate(event.target.value)}
          />
        </div>
        <fieldset className="questionnaire-form__fields">
          <legend>{t('questionnaires.fields')}</legend>
          {QUESTION_FIELDS.map((field) => (
            <label key={field}>
              <input
                type="checkbox"
                checked={fields.has(field)}
                onChange={() => setFields((current) => toggle(current, field))}
              />{' '}
              {t(`questionnaires.field.${field}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="questionnaire-form__features">
          <legend>{t('questionnaires.features')}</legend>
          {allAreas(framework).flatMap((area) =>
            area.features.map((feature) => (
              <label key={feature.id}>
                <input
                  type="checkbox"
                  checked={features.has(feature.id)}
                  onChange={() => setFeatures((current) => toggle(current, feature.id))}
                />{' '}
                {feature.id} {localize(feature.title, language)}
              </label>
            )),
          )}
        </fieldset>
        <div className="actions-row">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('questionnaires.create')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('questionnaires.close')}
          </button>
        </div>
      </form>
      <p role="status" className="status-line">
        {message?.kind === 'status' ? message.text : ''}
      </p>
      {message?.kind === 'error' && (
        <p className="error-message" role="alert">
          {message.text}
        </p>
      )}
    </section>
  );
}
