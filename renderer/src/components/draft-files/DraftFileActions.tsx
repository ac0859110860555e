import { useCallback, useEffect, useState } from 'react';
import type { PendingOpenFile } from '@/shared/ipc/channels/app-files';
import { useTranslation } from 'react-i18next';
import type { DraftImportResult } from '@/shared/ipc/channels/drafts';
import { api } from '../../api';
import { Button } from '../controls/Button';
import { FilePicker } from '../controls/FilePicker';
import { fileToBase64 } from './file-bytes';
import { RecoveryNotices } from './RecoveryNotices';
import { useDescribeError } from '../../i18n/useDescribeError';

/** A draft file opened from the desktop, waiting to be imported here (see usePendingOpenFile). */
export interface OpenedFile {
  readonly file: PendingOpenFile | null;
  readonly done: () => void;
}

type Pending = { base64: string; existing: Extract<DraftImportResult, { status: 'exists' }> };

/**
 * Reports list: recovery notices, and importing a .ripoti draft file. An import that would
 * overwrite an existing report stops and asks: import as a copy, replace (the current one is
 * kept in History), or cancel after comparing.
 */
export function DraftFileActions({
  onImported,
  openedFile,
}: {
  onImported: (reportId: string) => void;
  openedFile?: OpenedFile;
}) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const importWith = useCallback(
    async (base64: string, mode: 'ask' | 'copy' | 'replace') => {
      setBusy(true);
      setError(null);
      const result = await api().importDraftFile({ base64, mode });
      setBusy(false);
      if (!result.ok) return setError(describe(result.error));
      if (result.value.status === 'exists') return setPending({ base64, existing: result.value });
      setPending(null);
      onImported(result.value.reportId);
    },
    [onImported, describe],
  );

  const incoming = openedFile?.file;
  const incomingDone = openedFile?.done;
  useEffect(() => {
    if (!incoming || !incomingDone) return;
    incomingDone();
    // Started after this effect, like any reply from main: importing is a round trip, not render state.
    void Promise.resolve().then(() => importWith(incoming.base64, 'ask'));
  }, [incoming, incomingDone, importWith]);

  async function onFile(files: File[]) {
    const [file] = files;
    if (file) await importWith(await fileToBase64(file), 'ask');
  }

  return (
    <div className="draft-file-actions">
      <RecoveryNotices />
      <FilePicker
        id="import-draft-file"
        label={t('drafts.import.label')}
        hintId="import-draft-file-hint"
        accept=".ripoti"
        disabled={busy}
        onFiles={(files) => void onFile(files)}
      />
      <p className="hint" id="import-draft-file-hint">
        {t('drafts.import.hint')}
      </p>
      {error && (
        <p className="error-message" role="alert">
          {t('drafts.import.failed', { message: error })}
        </p>
      )}
      {pending && (
        <section role="dialog" aria-labelledby="import-exists-heading" className="import-exists">
          <h2 id="import-exists-heading">{t('drafts.import.exists', { title: pending.existing.existing.title })}</h2>
          <p>
            {pending.existing.changed.length === 0
              ? t('drafts.import.same')
              : t('drafts.import.differs', { parts: pending.existing.changed.join(', ') })}
          </p>
          <div className="actions">
            <Button variant="primary" onClick={() => void importWith(pending.base64, 'copy')} disabled={busy}>
              {t('drafts.import.asCopy')}
            </Button>
            <Button onClick={() => void importWith(pending.base64, 'replace')} disabled={busy}>
              {t('drafts.import.replace')}
            </Button>
            <Button onClick={() => setPending(null)} disabled={busy}>
              {t('drafts.import.cancel')}
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}
