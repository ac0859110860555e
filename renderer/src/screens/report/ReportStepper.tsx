import { useTranslation } from 'react-i18next';
import { allAreas } from '../../../../shared/framework/load';
import type { Framework } from '../../../../shared/framework/schema';
import { localize } from '../../../../shared/language';
import type { Progress, ReportCompleteness } from '../../../../shared/report/completeness';
import { useFormat } from '../../i18n/useFormat';
import { hrefOf } from '../../routing/route';

/** Profile → the twelve areas → Review → Preview → Export, each with how far it is. */
export function ReportStepper({ reportId, step, framework, completeness }: { reportId: string; step: string; framework: Framework; completeness: ReportCompleteness }) {
  const { t } = useTranslation();
  const format = useFormat();
  const link = (target: string) => ({ href: hrefOf({ screen: 'report', reportId, step: target }), 'aria-current': step === target ? ('step' as const) : undefined });
  const progressText = (progress: Progress) => t('reportForm.stepper.progress', { done: progress.done, total: progress.total });
  return (
    <nav aria-label={t('report.steps')} className="stepper">
      <p className="stepper__overall">
        {t('reportForm.stepper.overall', { percent: format.percent(completeness.overall.ratio) })}{' '}
        <progress max={completeness.overall.total} value={completeness.overall.done} aria-label={t('reportForm.stepper.overallLabel')} />
      </p>
      <ol className="steps">
        <li>
          <a {...link('profile')}>
            {t('report.profile')} <span className="step-progress">{progressText(completeness.profile)}</span>
          </a>
        </li>
        {allAreas(framework).map((area) => {
          const progress = completeness.areas[area.id];
          return (
            <li key={area.id}>
              <a {...link(area.id)}>
                {area.id} {localize(area.title, format.language)} {progress && <span className="step-progress">{progressText(progress)}</span>}
              </a>
            </li>
          );
        })}
        <li>
          <a {...link('review')}>{t('report.review')}</a>
        </li>
        <li>
          <a {...link('preview')}>{t('reportForm.stepper.preview')}</a>
        </li>
        <li>
          <a {...link('export')}>{t('reportForm.stepper.export')}</a>
        </li>
      </ol>
      <ul className="steps steps--secondary">
        <li>
          <a {...link('history')}>{t('reportForm.stepper.history')}</a>
        </li>
        <li>
          <a {...link('sync')}>{t('reportForm.stepper.sync')}</a>
        </li>
      </ul>
    </nav>
  );
}
