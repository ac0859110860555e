import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allAreas } from '../../../../shared/framework/load';
import { defaultExportOptions, PAPER_SIZES, REPORT_LANGUAGES, type ExportOptions } from '../../../../shared/ipc/channels/export';
import { localize } from '../../../../shared/language';
import { computeCompleteness } from '../../../../shared/report/completeness';
import type { Report } from '../../../../shared/report/schema';
import { api } from '../../api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useApiQuery } from '../../components/useApiQuery';
import { QuestionnaireLog } from '../questionnaires/QuestionnaireLog';
import { ExportResultPanel } from './ExportResultPanel';
import { SyncConflictNotice } from './SyncConflictNotice';
import { useExportJob } from './useExportJob';
import './export.css';
import { useDescribeError } from '../../i18n/useDescribeError';
import { useInterfaceLanguage } from '../../i18n/useFormat';

/**
 * The Export step: choose draft or final, paper, photos, areas and report language, then
 * save a .docx through the system save dialog. A final export with unanswered Key Features
 * asks the officer to confirm first; progress shows while main builds the document.
 */
export function ExportStep({ report }: { report: Report; onReportChanged: () => void }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const framework = useApiQuery(() => api().getFramework(), []);
  const [options, setOptions] = useState<ExportOptions>({ ...defaultExportOptions, language: REPORT_LANGUAGES.includes(report.language) ? report.language : 'en' });
  const [confirming, setConfirming] = useState<string[] | null>(null);
  const { run, start } = useExportJob(report.id);
  const uiLanguage = useInterfaceLanguage();

  if (framework.state === 'loading') return <p>{t('export.loading')}</p>;
  if (framework.state === 'failed') return <ErrorMessage error={framework.error} />;
  const areas = allAreas(framework.value);
  const chosenAreas = new Set(options.areaIds ?? areas.map((area) => area.id));
  const completeness = computeCompleteness(report, framework.value);
  const emptyIds = areas
    .filter((area) => chosenAreas.has(area.id))
    .flatMap((area) => area.features)
    .filter((feature) => (completeness.sections[feature.id]?.state ?? 'empty') === 'empty')
    .map((feature) => feature.id);

  const update = (patch: Partial<ExportOptions>) => setOptions((current) => ({ ...current, ...patch }));
  const toggleArea = (areaId: string, on: boolean) => {
    const next = areas.map((area) => area.id).filter((id) => (id === areaId ? on : chosenAreas.has(id)));
    update({ areaIds: next.length === areas.length ? undefined : next });
  };
  const exportNow = (confirmEmpty: boolean) => {
    setConfirming(null);
    void start({ ...options, confirmEmpty });
  };
  const onExport = () => (options.mode === 'final' && emptyIds.length > 0 ? setConfirming(emptyIds) : exportNow(false));
  const busy = run.state === 'running';

  return (
    <section aria-labelledby="export-heading" className="export-step">
      <h3 id="export-heading">{t('export.heading')}</h3>
      <p className="hint">{t('export.hint')}</p>
      <SyncConflictNotice reportId={report.id} />
      <fieldset>
        <legend>{t('export.mode.legend')}</legend>
        {(['draft', 'final'] as const).map((mode) => (
          <label key={mode} className="choice">
            <input type="radio" name="export-mode" checked={options.mode === mode} onChange={() => update({ mode })} /> {t(`export.mode.${mode}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="export-paper">{t('export.paper.label')}</label>
        <select id="export-paper" value={options.paper} onChange={(event) => update({ paper: event.target.value === 'letter' ? 'letter' : 'a4' })}>
          {PAPER_SIZES.map((paper) => (
            <option key={paper} value={paper}>
              {t(`export.paper.${paper}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="export-language">{t('export.language.label')}</label>
        <select id="export-language" value={options.language} onChange={(event) => update({ language: REPORT_LANGUAGES.find((language) => language === event.target.value) ?? 'en' })}>
          {REPORT_LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`languages.${language}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="choice">
        <input type="checkbox" checked={options.includePhotos} onChange={(event) => update({ includePhotos: event.target.checked })} /> {t('export.photos')}
      </label>
      <fieldset>
        <legend>{t('export.areas.legend')}</legend>
        {areas.map((area) => (
          <label key={area.id} className="choice">
            <input type="checkbox" checked={chosenAreas.has(area.id)} onChange={(event) => toggleArea(area.id, event.target.checked)} /> {area.id} {localize(area.title, uiLanguage)}
          </label>
        ))}
      </fieldset>
      {confirming ? (
        <div className="export-confirm" role="alertdialog" aria-labelledby="export-confirm-text">
          <p id="export-confirm-text">{t('export.confirm.text', { count: confirming.length, ids: confirming.slice(0, 8).join(', ') })}</p>
          <div className="actions">
            <button type="button" className="button button--primary" onClick={() => exportNow(true)}>
              {t('export.confirm.anyway')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(null)}>
              {t('export.confirm.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button button--primary" disabled={busy || chosenAreas.size === 0} onClick={onExport}>
          {t('export.start')}
        </button>
      )}
      {run.state === 'running' && (
        <div className="export-progress">
          <label htmlFor="export-progress-bar">{run.progress.label || t('export.progress')}</label>
          <progress id="export-progress-bar" max={run.progress.total} value={run.progress.done} />
        </div>
      )}
      {run.state === 'done' && <ExportResultPanel result={run.result} />}
      <QuestionnaireLog reportId={report.id} />
      {run.state === 'failed' && (
        <p className="error-message" role="alert">
          {t('export.failed', { message: describe(run.error) })}
        </p>
      )}
    </section>
  );
}
