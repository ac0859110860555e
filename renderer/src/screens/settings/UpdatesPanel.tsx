import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateStatus } from '@/shared/ipc/channels/app-updates';
import { api } from '../../api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useApiQuery } from '../../components/useApiQuery';
import { useFormat } from '../../i18n/useFormat';
import { Button } from '../../components/controls/Button';

/** Where updates install themselves the officer waits for the download; elsewhere (Linux) IT installs. */
function stateKey(status: UpdateStatus): string {
  if (status.state === 'available' && !status.installsItself) return 'available-by-hand';
  return status.state;
}

/**
 * The version this computer runs and, on a connected day, a check for a newer one. Checking is
 * never needed to work: "offline" is an ordinary answer and is said calmly.
 */
export function UpdatesPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const loaded = useApiQuery(() => api().updateStatus(), []);
  const [checked, setChecked] = useState<UpdateStatus | null>(null);
  const [checking, setChecking] = useState(false);

  async function check() {
    setChecking(true);
    const result = await api().checkForUpdates();
    setChecking(false);
    if (result.ok) setChecked(result.value);
  }

  if (loaded.state === 'failed') return <ErrorMessage error={loaded.error} />;
  if (loaded.state === 'loading') return null;
  const status = checked ?? loaded.value;
  return (
    <section aria-labelledby="updates-heading" className="updates-panel">
      <h2 id="updates-heading">{t('settings.updates.heading')}</h2>
      <p>{t('settings.updates.version', { version: status.currentVersion })}</p>
      {status.state !== 'not-configured' && (
        <Button onClick={() => void check()} disabled={checking}>
          {t('settings.updates.check')}
        </Button>
      )}
      {status.feedUrl && <p>{t('settings.updates.source', { url: status.feedUrl })}</p>}
      <p role="status" className="status-line">
        {checking
          ? t('settings.updates.state.checking')
          : t(`settings.updates.state.${stateKey(status)}`, {
              version: status.latestVersion ?? '',
              time: status.checkedAt ? format.dateTime(status.checkedAt) : '',
            })}
      </p>
      {status.notices
        .filter((notice) => notice !== 'no-feed')
        .map((notice) => (
          <p key={notice} className="notice">
            {t(`settings.updates.notice.${notice}`)}
          </p>
        ))}
    </section>
  );
}
