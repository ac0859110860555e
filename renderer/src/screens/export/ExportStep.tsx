import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allAreas } from '@/shared/framework/load';
import {
  defaultExportOptions,
  EXPORT_FORMATS,
  PAPER_SIZES,
  REPORT_LANGUAGES,
  type ExportOptions,
} from '@/shared/ipc/channels/export';
import { localize } from '@/shared/language';
import { finalCheck, unconfirmedKinds, type FinalCheckKind } from '@/shared/report/final-check';
import type { Report } from '@/shared/report/schema';
import { api } from '../../api';
import { Button } from '../../components/controls/Button';
import { Checkbox, CheckboxList } from '../../components/controls/CheckboxList';
import { SelectField } from '../../components/controls/SelectField';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useApiQuery } from '../../components/useApiQuery';
import { QuestionnaireLog } from '../questionnaires/QuestionnaireLog';
import { useDescribeError } from '../../i18n/useDescribeError';
import { useInterfaceLanguage } from '../../i18n/useFormat';
import { ExportResultPanel } from './ExportResultPanel';
import { FinalCheckPanel } from './FinalCheckPanel';
import { SendingPanel } from './SendingPanel';
import { SyncConflictNotice } from './SyncConflictNotice';
import { useExportJob } from './useExportJob';
import './export.css';

/**
 * The Export step: choose draft or final, Word or PDF, paper, photos, areas and report
 * language, then save the file through the system save dialog. A final export is held to the
 * rules Review lists: each kind of problem is fixed or confirmed before the button works;
 * progress shows while main builds the document. Below it, "Prepare for sending" writes the
 * final copy in both kinds, under a size.
 */
export function ExportStep({
  report,
  onJump,
}: {
  report: Report;
  onJump: (path: string) => void;
  onReportChanged: () => void;
}) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const framework = useApiQuery(() => api().getFramework(), []);
  const [options, setOptions] = useState<ExportOptions>({
    ...defaultExportOptions,
    language: REPORT_LANGUAGES.includes(report.language) ? report.language : 'en',
  });
  const [confirmed, setConfirmed] = useState<ReadonlySet<FinalCheckKind>>(new Set());
  const { run, start } = useExportJob(report.id);
  const uiLanguage = useInterfaceLanguage();

  if (framework.state === 'loading') return <p>{t('export.loading')}</p>;
  if (framework.state === 'failed') return <ErrorMessage error={framework.error} />;
  const areas = allAreas(framework.value);
  const chosenAreas = new Set(options.areaIds ?? areas.map((area) => area.id));
  const check = options.mode === 'final' ? finalCheck(report, framework.value, options.areaIds) : undefined;
  const waiting = check ? unconfirmedKinds(check, [...confirmed]) : [];

  const update = (patch: Partial<ExportOptions>) => setOptions((current) => ({ ...current, ...patch }));
  const toggleArea = (areaId: string, on: boolean) => {
    const next = areas.map((area) => area.id).filter((id) => (id === areaId ? on : chosenAreas.has(id)));
    update({ areaIds: next.length === areas.length ? undefined : next });
  };
  const confirm = (kind: FinalCheckKind, on: boolean) =>
    setConfirmed((current) => {
      const next = new Set(current);
      if (on) next.add(kind);
      else next.delete(kind);
      return next;
    });
  // Only what is still there is confirmed: a kind fixed since it was ticked is not sent.
  const checked: ExportOptions = {
    ...options,
    confirmed: check ? check.kinds.map((group) => group.kind).filter((kind) => confirmed.has(kind)) : [],
  };
  const exportNow = () => void start(checked);
  const busy = run.state === 'running';

  return (
    <section aria-labelledby="export-heading" className="export-step">
      <h3 id="export-heading">{t('export.heading')}</h3>
      <p className="hint">{t('export.hint')}</p>
      <SyncConflictNotice reportId={report.id} />
      <fieldset className="checkbox-list">
        <legend>{t('export.mode.legend')}</legend>
        {(['draft', 'final'] as const).map((mode) => (
          <div key={mode} className="checkbox-list__item">
            <input
              type="radio"
              id={`export-mode-${mode}`}
              name="export-mode"
              checked={options.mode === mode}
              onChange={() => update({ mode })}
            />
            <label htmlFor={`export-mode-${mode}`}>{t(`export.mode.${mode}`)}</label>
          </div>
        ))}
      </fieldset>
      <SelectField
        id="export-format"
        label={t('export.format.label')}
        value={options.format}
        options={EXPORT_FORMATS.map((format) => ({ value: format, label: t(`export.format.${format}`) }))}
        onChange={(format) => update({ format })}
      />
      <SelectField
        id="export-paper"
        label={t('export.paper.label')}
        value={options.paper}
        options={PAPER_SIZES.map((paper) => ({ value: paper, label: t(`export.paper.${paper}`) }))}
        onChange={(paper) => update({ paper })}
      />
      <SelectField
        id="export-language"
        label={t('export.language.label')}
        value={options.language}
        options={REPORT_LANGUAGES.map((language) => ({ value: language, label: t(`languages.${language}`) }))}
        onChange={(language) => update({ language })}
      />
      <Checkbox
        id="export-photos"
        label={t('export.photos')}
        checked={options.includePhotos}
        onChange={(includePhotos) => update({ includePhotos })}
      />
      <CheckboxList
        name="export-areas"
        legend={t('export.areas.legend')}
        items={areas.map((area) => ({ value: area.id, label: `${area.id} ${localize(area.title, uiLanguage)}` }))}
        checked={chosenAreas}
        onChange={toggleArea}
      />
      {check && (
        <FinalCheckPanel
          check={check}
          profile={framework.value.profile}
          confirmed={confirmed}
          onConfirm={confirm}
          onJump={onJump}
        />
      )}
      {waiting.length > 0 && (
        <p className="hint" id="export-waiting">
          {t('export.check.waiting', { count: waiting.length })}
        </p>
      )}
      <Button
        variant="primary"
        disabled={busy || chosenAreas.size === 0 || waiting.length > 0}
        aria-describedby={waiting.length > 0 ? 'export-waiting' : undefined}
        onClick={exportNow}
      >
        {t('export.start')}
      </Button>
      {run.state === 'running' && (
        <div className="export-progress">
          <label htmlFor="export-progress-bar">{run.progress.label || t('export.progress')}</label>
          <progress id="export-progress-bar" max={run.progress.total} value={run.progress.done} />
        </div>
      )}
      {run.state === 'done' && <ExportResultPanel result={run.result} />}
      {run.state === 'failed' && (
        <p className="error-message" role="alert">
          {t('export.failed', { message: describe(run.error) })}
        </p>
      )}
      <SendingPanel
        reportId={report.id}
        options={checked}
        ready={options.mode === 'final' && waiting.length === 0 && chosenAreas.size > 0}
      />
      <QuestionnaireLog reportId={report.id} />
    </section>
  );
}
