import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkOfferState } from '@/shared/ipc/channels/framework';
import { api } from '../../api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useApiQuery } from '../../components/useApiQuery';
import { useFocusOnMount } from '../../components/useFocusOnMount';
import { useDescribeError } from '../../i18n/useDescribeError';
import { CurrentQuestions } from './CurrentQuestions';
import { OfferView } from './OfferView';
import { originText, refusalText } from './refusal-text';
import './questions.css';

/**
 * The report's questions: the version in use, and new ones from the national office (a file
 * chosen here or with File → "Update the questions…", or the county server), shown with what
 * they change before the officer accepts them.
 */
export function QuestionsScreen({ offer, onOfferChanged }: { offer: FrameworkOfferState; onOfferChanged: () => void }) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>('questions');
  const framework = useApiQuery(() => api().getFramework(), []);
  const [message, setMessage] = useState('');
  const [checking, setChecking] = useState(false);
  const describe = useDescribeError();

  async function checkCounty() {
    setChecking(true);
    setMessage('');
    const result = await api().checkCountyFramework();
    setChecking(false);
    onOfferChanged();
    if (!result.ok) return setMessage(describe(result.error));
    if (result.value.state === 'none') setMessage(t('questions.county.nothingNew'));
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setMessage('');
    await api().offerFrameworkFile({ fileName: file.name, text: await file.text() });
    onOfferChanged();
  }

  function onDone(text: string) {
    setMessage(text);
    onOfferChanged();
    framework.reload();
  }

  return (
    <section aria-labelledby="questions-heading">
      <h1 id="questions-heading" ref={heading} tabIndex={-1}>
        {t('questions.heading')}
      </h1>
      <p>{t('questions.intro')}</p>
      {framework.state === 'failed' && <ErrorMessage error={framework.error} />}
      {framework.state === 'ready' && <CurrentQuestions framework={framework.value} />}
      <p role="status" className="status-line">
        {message}
      </p>
      {offer.state === 'offered' && <OfferView key={offer.offer.id} offer={offer.offer} onDone={onDone} />}
      {offer.state === 'refused' && (
        <div className="error-message" role="alert">
          <h2>{t('questions.refused.heading')}</h2>
          <p>{originText(t, offer.origin)}</p>
          <p>{refusalText(t, offer)}</p>
        </div>
      )}
      <div className="field">
        <p className="hint">{t('questions.county.hint')}</p>
        <button type="button" className="button" onClick={() => void checkCounty()} disabled={checking}>
          {checking ? t('questions.county.checking') : t('questions.county.check')}
        </button>
      </div>
      <div className="field">
        <label htmlFor="questions-file">{t('questions.file.label')}</label>
        <p className="hint" id="questions-file-hint">
          {t('questions.file.hint')}
        </p>
        <input
          id="questions-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="questions-file-hint"
          onChange={(event) => void onFile(event)}
        />
      </div>
    </section>
  );
}
