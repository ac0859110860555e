import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_AUTONYMS, LANGUAGES, localeOf, type Language } from '@/shared/language';
import type { IpcError } from '@/shared/ipc/result';
import { api } from '../api';
import { resources } from '../i18n/i18n';
import { Button } from './controls/Button';
import { ErrorMessage } from './ErrorMessage';
import { useFocusOnMount } from './useFocusOnMount';

/**
 * The first start asks which language to work in, before anything else, in all three
 * languages at once (each line in its own language, marked with `lang` for screen readers):
 * an officer who reads no English must not have to find Settings in English first.
 */
export function FirstRunLanguage({ onChosen }: { onChosen: () => void }) {
  const { i18n } = useTranslation();
  const [error, setError] = useState<IpcError | null>(null);
  const heading = useFocusOnMount<HTMLHeadingElement>('first-run');

  async function choose(language: Language) {
    const result = await api().updateSettings({
      patch: { interfaceLanguage: language, interfaceLanguageChosen: true },
    });
    if (!result.ok) return setError(result.error);
    await i18n.changeLanguage(language);
    onChosen();
  }

  return (
    <section className="first-run" aria-labelledby="first-run-heading">
      <h1 id="first-run-heading" ref={heading} tabIndex={-1}>
        {LANGUAGES.map((language) => (
          <span key={language} lang={localeOf(language)} className="first-run__line">
            {resources[language].translation.firstRun.heading}
          </span>
        ))}
      </h1>
      <div className="actions">
        {LANGUAGES.map((language) => (
          <Button key={language} variant="primary" lang={localeOf(language)} onClick={() => void choose(language)}>
            {LANGUAGE_AUTONYMS[language]}
          </Button>
        ))}
      </div>
      {LANGUAGES.map((language) => (
        <p key={language} className="hint" lang={localeOf(language)}>
          {resources[language].translation.firstRun.hint}
        </p>
      ))}
      {error && <ErrorMessage error={error} />}
    </section>
  );
}
