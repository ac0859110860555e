import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { hrefOf } from '../../routing/route';
import { formSteps, type ReportStep } from './report-steps';

/** "Previous" and "Next" at the foot of a step, so the form can be walked from start to end. */
export function StepPager({ reportId, step, steps }: { reportId: string; step: string; steps: readonly ReportStep[] }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const order = formSteps(steps);
  const index = order.findIndex((candidate) => candidate.id === step);
  if (index < 0) return null;
  const previous = order[index - 1];
  const next = order[index + 1];
  return (
    <nav className="step-pager" aria-label={t('reportForm.pager.label')}>
      {previous && (
        <a className="step-pager__previous" href={hrefOf({ screen: 'report', reportId, step: previous.id })}>
          {t('reportForm.pager.previous', { title: previous.title(t, language) })}
        </a>
      )}
      {next && (
        <a className="step-pager__next" href={hrefOf({ screen: 'report', reportId, step: next.id })}>
          {t('reportForm.pager.next', { title: next.title(t, language) })}
        </a>
      )}
    </nav>
  );
}
