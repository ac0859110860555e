import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '@/shared/language';
import type { IpcError } from '@/shared/ipc/result';
import { api } from '../api';
import { SelectField } from '../components/controls/SelectField';
import { ErrorMessage } from '../components/ErrorMessage';
import { useApiQuery } from '../components/useApiQuery';
import { useFocusOnMount } from '../components/useFocusOnMount';
import { hrefOf } from '../routing/route';
import { UpdatesPanel } from './settings/UpdatesPanel';

export function SettingsScreen() {
  const { t, i18n } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>('settings');
  const settings = useApiQuery(() => api().getSettings(), []);
  const [status, setStatus] = useState<'idle' | 'saved'>('idle');
  const [error, setError] = useState<IpcError | null>(null);

  async function changeLanguage(language: Language) {
    const result = await api().updateSettings({
      patch: { interfaceLanguage: language, interfaceLanguageChosen: true },
    });
    if (!result.ok) return setError(result.error);
    // i18n.ts keeps <html lang> in step on every change.
    await i18n.changeLanguage(language);
    setError(null);
    setStatus('saved');
    settings.reload();
  }

  return (
    <section aria-labelledby="settings-heading">
      <h1 id="settings-heading" ref={heading} tabIndex={-1}>
        {t('settings.heading')}
      </h1>
      {settings.state === 'failed' && <ErrorMessage error={settings.error} />}
      {settings.state === 'ready' && (
        <SelectField
          id="interface-language"
          label={t('settings.language')}
          hint={t('settings.languageHint')}
          value={settings.value.interfaceLanguage}
          options={LANGUAGES.map((language) => ({ value: language, label: t(`languages.${language}`) }))}
          onChange={(language) => void changeLanguage(language)}
        />
      )}
      <p role="status" className="status-line">
        {status === 'saved' ? t('settings.saved') : ''}
      </p>
      {error && <ErrorMessage error={error} />}
      <UpdatesPanel />
      <section aria-labelledby="settings-questions-heading">
        <h2 id="settings-questions-heading">{t('questions.heading')}</h2>
        <p>
          <a href={hrefOf({ screen: 'questions' })}>{t('questions.settingsLink')}</a>
        </p>
      </section>
    </section>
  );
}
