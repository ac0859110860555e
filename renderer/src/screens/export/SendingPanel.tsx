import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportOptions } from '@/shared/ipc/channels/export';
import { DEFAULT_PACKAGE_MEGABYTES, type SendingPackage } from '@/shared/ipc/channels/sending';
import { Button } from '../../components/controls/Button';
import { describeExportWarning } from '../../i18n/describe-export-warning';
import { useDescribeError } from '../../i18n/useDescribeError';
import { useFormat, useInterfaceLanguage } from '../../i18n/useFormat';
import { useSendingJob } from './useSendingJob';

const MEGABYTE = 1024 * 1024;

/**
 * "Prepare for sending": the final Word file, its PDF and a manifest in one folder, under a
 * size the county's mail and link can carry; the officer is told what was done to the photos.
 * It is the final copy, so it waits for the final check above (`ready`).
 */
export function SendingPanel({
  reportId,
  options,
  ready,
}: {
  reportId: string;
  options: ExportOptions;
  ready: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useDescribeError();
  const [limit, setLimit] = useState(String(DEFAULT_PACKAGE_MEGABYTES));
  const { run, start, cancel } = useSendingJob(reportId);
  const megabytes = Number(limit.replace(',', '.'));
  const valid = Number.isFinite(megabytes) && megabytes >= 1 && megabytes <= 100;

  return (
    <section aria-labelledby="sending-heading" className="sending-panel">
      <h3 id="sending-heading">{t('preview.sending.heading')}</h3>
      <p className="hint" id="sending-hint">
        {t(ready ? 'preview.sending.hint' : 'preview.sending.needsFinal')}
      </p>
      <div className="field">
        <label htmlFor="sending-limit">{t('preview.sending.limit')}</label>
        <input
          id="sending-limit"
          inputMode="decimal"
          value={limit}
          aria-invalid={!valid || undefined}
          aria-describedby={valid ? undefined : 'sending-limit-error'}
          onChange={(event) => setLimit(event.target.value)}
        />
        {!valid && (
          <p className="field-error" id="sending-limit-error">
            {t('preview.sending.limitError')}
          </p>
        )}
      </div>
      <Button
        disabled={!ready || !valid || run.state === 'running'}
        aria-describedby="sending-hint"
        onClick={() => void start(options, megabytes)}
      >
        {t('preview.sending.start')}
      </Button>
      {run.state === 'running' && (
        <div className="export-progress">
          <label htmlFor="sending-progress">{run.progress.label || t('preview.sending.progress')}</label>
          <progress id="sending-progress" max={run.progress.total} value={run.progress.done} />
          <Button small variant="warning" disabled={!run.jobId} onClick={cancel}>
            {t('preview.sending.cancel')}
          </Button>
        </div>
      )}
      {run.state === 'cancelled' && <p role="status">{t('preview.sending.cancelled')}</p>}
      {run.state === 'failed' && (
        <p className="error-message" role="alert">
          {t('preview.sending.failed', { message: describe(run.error) })}
        </p>
      )}
      {run.state === 'done' && (
        <SendingResult
          result={run.result}
          megabytes={(bytes) => format.number(Math.round((bytes / MEGABYTE) * 10) / 10)}
        />
      )}
    </section>
  );
}

function SendingResult({ result, megabytes }: { result: SendingPackage; megabytes: (bytes: number) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useInterfaceLanguage();
  const kilobytes = (bytes: number) => format.number(Math.round(bytes / 1024));
  return (
    <div className="export-result" role="status">
      <p>
        {t(result.fits ? 'preview.sending.done' : 'preview.sending.tooBig', {
          count: result.files.length,
          megabytes: megabytes(result.totalBytes),
          limit: megabytes(result.limitBytes),
          folder: result.folder,
        })}
      </p>
      <ul>
        {result.files.map((file) => (
          <li key={file.name}>
            {t('preview.sending.file', { name: file.name, kilobytes: kilobytes(file.byteLength) })}
          </li>
        ))}
      </ul>
      {result.photos.length > 0 ? (
        <>
          <p>{t('preview.sending.changed', { count: result.photos.length })}</p>
          <ul>
            {result.photos.map((photo) => (
              <li key={photo.name}>
                {t('preview.sending.photo', {
                  name: photo.name,
                  before: kilobytes(photo.before.bytes),
                  after: kilobytes(photo.after.bytes),
                  beforeSide: photo.before.longSide,
                  afterSide: photo.after.longSide,
                  quality: photo.after.quality,
                })}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('preview.sending.unchanged')}</p>
      )}
      {result.warnings.length > 0 && (
        <ul className="export-warnings" aria-label={t('export.result.warnings')}>
          {result.warnings.map((warning) => (
            <li key={warning.message}>{describeExportWarning(t, language, warning)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
