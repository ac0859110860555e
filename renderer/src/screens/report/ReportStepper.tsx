import { useTranslation } from 'react-i18next';
import type { Progress, ReportCompleteness } from '@/shared/report/completeness';
import { useFormat } from '../../i18n/useFormat';
import { hrefOf } from '../../routing/route';
import type { ReportStep } from './report-steps';

/** Profile → the twelve areas → Review → Export, each with how far it is; then History and Sync. */
export function ReportStepper({
  reportId,
  step,
  steps,
  completeness,
}: {
  reportId: string;
  step: string;
  steps: readonly ReportStep[];
  completeness: ReportCompleteness;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const progressText = (progress: Progress) =>
    t('reportForm.stepper.progress', { done: progress.done, total: progress.total });
  const item = (target: ReportStep) => {
    const progress = target.progress?.(completeness);
    return (
      <li key={target.id}>
        <a
          href={hrefOf({ screen: 'report', reportId, step: target.id })}
          aria-current={step === target.id ? 'step' : undefined}
        >
          {target.linkText(t, format.language)}
          {progress && (
            <>
              {' '}
              <span className="step-progress">{progressText(progress)}</span>
            </>
          )}
        </a>
      </li>
    );
  };
  return (
    <nav aria-label={t('report.steps')} className="stepper">
      <p className="stepper__overall">
        {t('reportForm.stepper.overall', { percent: format.percent(completeness.overall.ratio) })}{' '}
        <progress
          max={completeness.overall.total}
          value={completeness.overall.done}
          aria-label={t('reportForm.stepper.overallLabel')}
        />
      </p>
      <ol className="steps">{steps.filter((candidate) => candidate.group === 'form').map(item)}</ol>
      <ul className="steps steps--secondary">{steps.filter((candidate) => candidate.group === 'tools').map(item)}</ul>
    </nav>
  );
}
