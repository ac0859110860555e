import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '@/shared/settings';
import type { IpcError } from '@/shared/ipc/result';
import { api } from '../../api';
import { Button } from '../../components/controls/Button';
import { ErrorMessage } from '../../components/ErrorMessage';

function passwordHintKey(kept: { stored: boolean; forSessionOnly: boolean }): string {
  if (kept.forSessionOnly) return kept.stored ? 'passwordSessionStored' : 'passwordSessionHint';
  return kept.stored ? 'passwordStored' : 'passwordHint';
}

function isServerAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Server address and user (kept in settings) and the password (kept by the OS keyring, never in settings). */
export function SyncConnection({
  settings,
  password: kept,
  onSaved,
}: {
  settings: Settings;
  password: { stored: boolean; forSessionOnly: boolean };
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [serverUrl, setServerUrl] = useState(settings.syncServerUrl);
  const [username, setUsername] = useState(settings.syncUsername);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<IpcError | null>(null);
  const [badUrl, setBadUrl] = useState(false);

  async function save(event: SyntheticEvent) {
    event.preventDefault();
    // Our own check and words: the browser's "Please enter a URL." is English whatever the language.
    if (serverUrl.trim() !== '' && !isServerAddress(serverUrl.trim())) return setBadUrl(true);
    setBadUrl(false);
    const updated = await api().updateSettings({
      patch: { syncServerUrl: serverUrl.trim(), syncUsername: username.trim() },
    });
    if (!updated.ok) return setError(updated.error);
    if (password) {
      const stored = await api().setSyncPassword({ password });
      if (!stored.ok) return setError(stored.error);
      setPassword('');
    }
    setError(null);
    onSaved();
  }

  return (
    <form className="sync-connection" noValidate onSubmit={(event) => void save(event)}>
      <label htmlFor="sync-server">{t('sync.connection.server')}</label>
      <input
        id="sync-server"
        type="url"
        value={serverUrl}
        placeholder={t('sync.connection.serverExample')}
        aria-invalid={badUrl ? true : undefined}
        aria-describedby={badUrl ? 'sync-server-error' : undefined}
        onChange={(event) => setServerUrl(event.target.value)}
      />
      {badUrl && (
        <p className="field-error" id="sync-server-error">
          {t('sync.connection.invalidUrl')}
        </p>
      )}
      <label htmlFor="sync-user">{t('sync.connection.user')}</label>
      <input
        id="sync-user"
        autoComplete="username"
        value={username}
        onChange={(event) => setUsername(event.target.value)}
      />
      <label htmlFor="sync-password">{t('sync.connection.password')}</label>
      <input
        id="sync-password"
        type="password"
        autoComplete="current-password"
        value={password}
        aria-describedby="sync-password-hint"
        onChange={(event) => setPassword(event.target.value)}
      />
      <p id="sync-password-hint">{t(`sync.connection.${passwordHintKey(kept)}`)}</p>
      <Button type="submit" variant="primary">
        {t('sync.connection.save')}
      </Button>
      {error && <ErrorMessage error={error} />}
    </form>
  );
}
