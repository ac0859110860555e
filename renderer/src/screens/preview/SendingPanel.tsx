import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportOptions } from '../../../../shared/ipc/channels/export';
import { DEFAULT_PACKAGE_MEGABYTES, type SendingPackage } from '../../../../shared/ipc/channels/preview';
import { api } from '../../api';
import { describeExportWarning } from '../../i18n/describe-export-warning';
import { useDescribeError } from '../../i18n/useDescribeError';
import { useFormat, useInterfaceLanguage } from '../../i18n/useFormat';
import { usePreviewJob } from './use-preview-job';

const MEGABYTE = 1024 * 1024;

/**
 * "Prepare for sending": the final Word file, its PDF and a manifest in one folder, under a
 * size the county's mail and link can carry; the officer is told what was done to the photos.
 */
export function SendingPanel({ reportId, options }: { reportId: string; options: ExportOptions }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useInterfaceLanguage();
  const describe = useDescribeError();
  const [limit, setLimit] = useState(String(DEFAULT_PACKAGE_MEGABYTES));
  const { run, start } = usePreviewJob<SendingPackage>();
  const megabytes = Number(limit.replace(',', '.'));
  const valid = Number.isFinite(megabytes) && megabytes >= 1 && megabytes <= 100;
  const mb = (bytes: number) => format.number(Math.round((bytes / MEGABYTE) * 10) / 10);

  return (
    <section aria-labelledby="sending-heading" className="sending-panel">
      <h3 id="sending-heading">{t('preview.sending.heading')}</h3>
      <p className="hint">{t('preview.sending.hint')}</p>
      <div className="field">
        <label htmlFor="sending-limit">{t('preview.sending.limit')}</label>
        <input id="sending-limit" inputMode="decimal" value={limit} aria-invalid={!valid || undefined} aria-describedby={valid ? undefined : 'sending-limit-error'} onChange={(event) => setLimit(event.target.value)} />
        {!valid && (
          <p className="field-error" id="sending-limit-error">
            {t('preview.sending.limitError')}
          </p>
        )}
      </div>
      <button type="button" className="button" disabled={!valid || run.state === 'running'} onClick={() => void start(() => api().prepareSending({ reportId, options: { ...options, mode: 'final' }, maxMegabytes: megabytes }))}>
        {t('preview.sending.start')}
      </button>
      {run.state === 'running' && (
        <div className="export-progress">
          <label htmlFor="sending-progress">{run.progress.label || t('preview.sending.progress')}</label>
          <progress id="sending-progress" max={run.progress.total} value={run.progress.done} />
        </div>
      )}
      {run.state === 'failed' && (
        <p className="error-message" role="alert">
          {t('preview.sending.failed', { message: describe(run.error) })}
        </p>
      )}
      {run.state === 'done' && (
        <div className="export-result" role="status">
          <p>{t(run.value.fits ? 'preview.sending.done' : 'preview.sending.tooBig', { count: run.value.files.length, megabytes: mb(run.value.totalBytes), limit: mb(run.value.limitBytes), folder: run.value.folder })}</p>
          <ul>
            {run.value.files.map((file) => (
              <li key={file.name}>{t('preview.sending.file', { name: file.name, kilobytes: format.number(Math.round(file.byteLength / 1024)) })}</li>
            ))}
          </ul>
          {run.value.setting ? (
            <>
              <p>{t('preview.sending.changed', { quality: run.value.setting.quality, longSide: run.value.setting.longSide, count: run.value.photos.length })}</p>
              <ul>
                {run.value.photos.map((photo) => (
                  <li key={photo.name}>
                    {t('preview.sending.photo', { name: photo.name, before: format.number(Math.round(photo.before.bytes / 1024)), after: format.number(Math.round(photo.after.bytes / 1024)), beforeSide: photo.before.longSide, afterSide: photo.after.longSide })}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('preview.sending.unchanged')}</p>
          )}
          {run.value.warnings.length > 0 && (
            <ul className="export-warnings" aria-label={t('export.result.warnings')}>
              {run.value.warnings.map((warning) => (
                <li key={warning.message}>{describeExportWarning(t, language, warning)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
