import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportResult } from '@/shared/ipc/channels/export';
import { api } from '../../api';
import { describeExportWarning } from '../../i18n/describe-export-warning';
import { useDescribeError } from '../../i18n/useDescribeError';
import { useInterfaceLanguage } from '../../i18n/useFormat';
import { Button } from '../../components/controls/Button';

/** Where the report was saved, any photos left out, and Open / Show in folder. */
export function ExportResultPanel({ result }: { result: ExportResult }) {
  const { t } = useTranslation();
  const language = useInterfaceLanguage();
  const describe = useDescribeError();
  const [error, setError] = useState<string | null>(null);
  async function act(call: Promise<{ ok: boolean; error?: { code: string; message: string } }>) {
    const outcome = await call;
    setError(outcome.ok ? null : outcome.error ? describe(outcome.error) : '');
  }
  return (
    <div className="export-result" role="status">
      <p>{t('export.result.saved', { fileName: result.fileName, kilobytes: Math.round(result.byteLength / 1024) })}</p>
      <p className="hint">{result.filePath}</p>
      {result.warnings.length > 0 && (
        <ul className="export-warnings" aria-label={t('export.result.warnings')}>
          {result.warnings.map((warning) => (
            <li key={warning.message}>{describeExportWarning(t, language, warning)}</li>
          ))}
        </ul>
      )}
      <div className="actions">
        <Button variant="primary" onClick={() => void act(api().openExportedFile({ filePath: result.filePath }))}>
          {t('export.result.open')}
        </Button>
        <Button onClick={() => void act(api().showExportedFile({ filePath: result.filePath }))}>
          {t('export.result.show')}
        </Button>
      </div>
      {error !== null && (
        <p className="error-message" role="alert">
          {t('export.failed', { message: error })}
        </p>
      )}
    </div>
  );
}
