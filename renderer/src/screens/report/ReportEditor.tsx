import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Framework } from '@/shared/framework/schema';
import type { IpcError } from '@/shared/ipc/result';
import { computeCompleteness } from '@/shared/report/completeness';
import type { Profile, Report, Section } from '@/shared/report/schema';
import { api } from '../../api';
import { useFormat } from '../../i18n/useFormat';
import { hrefOf, navigate } from '../../routing/route';
import { ReportWordTools } from '../word-import/ReportWordTools';
import { focusField } from '../../components/form/field-id';
import { CurrentFeature } from './CurrentFeature';
import type { MetaValues } from './ProfileStep';
import { usePreviewAhead } from '../preview/use-preview-ahead';
import { findStep, reportSteps, StepBody, stepOfPath } from './report-steps';
import { ReportStepper } from './ReportStepper';
import { SaveQueue } from './save-queue';
import { SaveStatus } from './SaveStatus';
import { StepPager } from './StepPager';

/**
 * The open report: holds the latest text in memory, sends each changed part through the
 * save queue, and derives progress from what is in memory (so a failed save never makes the
 * officer's words disappear from the screen).
 */
export function ReportEditor({ initial, framework, step }: { initial: Report; framework: Framework; step: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reportId = initial.id;
  const [report, setReport] = useState(initial);
  const [generation, setGeneration] = useState(0);
  const queue = useMemo(() => new SaveQueue(), []);
  const heading = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<string | null>(null);
  // Counting a pasted megabyte happens after the keystroke has been painted.
  const completeness = useMemo(() => computeCompleteness(report, framework), [report, framework]);
  const deferredCompleteness = useDeferredValue(completeness);

  useEffect(() => () => void queue.flush().finally(() => queue.dispose()), [queue]);

  // Closing the window inside the 400 ms debounce must not lose the last words typed.
  useEffect(() => {
    const flushNow = () => void queue.flush();
    window.addEventListener('pagehide', flushNow);
    return () => window.removeEventListener('pagehide', flushNow);
  }, [queue]);

  useEffect(() => {
    // Edits still in their debounce window are applied to memory before the next step reads it.
    void queue.flush();
    const path = pendingFocus.current;
    pendingFocus.current = null;
    if (!path || !focusField(path)) heading.current?.focus();
  }, [step, generation, queue]);

  // A final report that is edited is no longer what was finalised: it becomes a draft again.
  const status = useRef(initial.status);
  useEffect(() => {
    status.current = report.status;
  }, [report.status]);
  const reopenIfFinal = useCallback(() => {
    if (status.current !== 'final') return;
    status.current = 'draft';
    queue.schedule('status', () => {
      setReport((current) => ({ ...current, status: 'draft' }));
      return api().updateReportMeta({ reportId, patch: { status: 'draft' } });
    });
  }, [queue, reportId]);

  const onSection = useCallback(
    (featureId: string, section: Section) => {
      reopenIfFinal();
      queue.schedule(`section:${featureId}`, () => {
        setReport((current) => ({ ...current, sections: { ...current.sections, [featureId]: section } }));
        return api().updateSection({ reportId, featureId, section });
      });
    },
    [queue, reportId, reopenIfFinal],
  );
  const onProfile = useCallback(
    (profile: Profile) => {
      reopenIfFinal();
      queue.schedule('profile', () => {
        setReport((current) => ({ ...current, profile }));
        return api().updateProfile({ reportId, profile });
      });
    },
    [queue, reportId, reopenIfFinal],
  );
  const onMeta = useCallback(
    (meta: MetaValues) => {
      reopenIfFinal();
      queue.schedule('meta', () => {
        setReport((current) => ({ ...current, title: meta.title, period: meta.period }));
        return api().updateReportMeta({ reportId, patch: { title: meta.title, period: meta.period } });
      });
    },
    [queue, reportId, reopenIfFinal],
  );

  const onJump = (path: string) => {
    const target = stepOfPath(path, framework);
    if (target === step) {
      focusField(path);
      return;
    }
    pendingFocus.current = path;
    navigate({ screen: 'report', reportId, step: target });
  };

  const onFinalise = async (): Promise<IpcError | null> => {
    await queue.flush();
    const result = await api().updateReportMeta({ reportId, patch: { status: 'final' } });
    if (!result.ok) return result.error;
    setReport((current) => ({ ...current, status: 'final', updatedAt: result.value.savedAt }));
    return null;
  };

  /**
   * Another step (export, history restore, sync) changed the stored report: reload and redraw the
   * forms. The step is drawn anew, so what it wants to tell the officer ("the version of 10:42
   * is back") is kept here, outside it, or it would vanish with the old drawing.
   */
  const [notice, setNotice] = useState<{ step: string; text: string } | null>(null);
  const onReportChanged = useCallback(
    (text?: string) => {
      setNotice(text ? { step, text } : null);
      void queue.flush().then(async () => {
        const fresh = await api().getReport({ id: reportId });
        if (!fresh.ok) return;
        setReport(fresh.value);
        setGeneration((value) => value + 1);
      });
    },
    [queue, reportId, step],
  );

  const flush = useCallback(() => queue.flush(), [queue]);
  // The Preview's pages are laid out in main while the officer writes, so the step opens on them.
  usePreviewAhead(reportId, queue, generation);

  const steps = useMemo(() => reportSteps(framework), [framework]);
  const current = findStep(steps, step);
  const stepTitle = current ? current.title(t, format.language) : t('reportForm.stepTitles.unknown');

  return (
    // The spell checker (preload) checks the officer's text in the report's language, not the interface's.
    <section aria-labelledby="report-heading" className="report" data-report-language={report.language}>
      {/* Kept in view while the officer scrolls through a long area: whether it is saved, and where. */}
      <div className="report__bar">
        <a href={hrefOf({ screen: 'reports' })} className="report__back">
          {t('report.backToList')}
        </a>
        <h1 id="report-heading" className="report__title">
          {report.title || t('reportForm.untitled')}
        </h1>
        <SaveStatus queue={queue} />
        <CurrentFeature key={step} />
      </div>
      {report.status === 'final' && <p className="notice">{t('reportForm.final.notice')}</p>}
      <ReportWordTools
        report={report}
        framework={framework}
        flush={() => queue.flush()}
        onReportChanged={() => onReportChanged()}
      />
      <div className="report__layout">
        <ReportStepper reportId={reportId} step={step} steps={steps} completeness={deferredCompleteness} />
        <div className="report__step">
          <h2 ref={heading} tabIndex={-1} className="step-heading">
            {stepTitle}
          </h2>
          <p role="status" className="status-line">
            {notice?.step === step ? notice.text : ''}
          </p>
          <div key={generation}>
            {current && (
              <StepBody
                step={current}
                context={{
                  report,
                  framework,
                  completeness: deferredCompleteness,
                  handlers: { onSection, onProfile, onMeta, onJump, onFinalise, onReportChanged, flush },
                }}
              />
            )}
            <StepPager reportId={reportId} step={step} steps={steps} />
          </div>
        </div>
      </div>
    </section>
  );
}
