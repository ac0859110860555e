import { useTranslation } from 'react-i18next';
import { allAreas } from '../../../../shared/framework/load';
import type { Framework } from '../../../../shared/framework/schema';
import { localize } from '../../../../shared/language';
import { useFormat } from '../../i18n/useFormat';
import { hrefOf } from '../../routing/route';

/** "Previous" and "Next" at the foot of a step, so the form can be walked from start to end. */
export function StepPager({ reportId, step, framework }: { reportId: string; step: string; framework: Framework }) {
  const { t } = useTranslation();
  const format = useFormat();
  const areas = allAreas(framework);
  const order = ['profile', ...areas.map((area) => area.id), 'review', 'preview', 'export'];
  const index = order.indexOf(step);
  if (index < 0) return null;
  const titleOf = (target: string) => {
    const area = areas.find((candidate) => candidate.id === target);
    return area ? `${area.id} ${localize(area.title, format.language)}` : t(`reportForm.stepTitles.${target}`);
  };
  const previous = order[index - 1];
  const next = order[index + 1];
  return (
    <nav className="step-pager" aria-label={t('reportForm.pager.label')}>
      {previous && (
        <a className="step-pager__previous" href={hrefOf({ screen: 'report', reportId, step: previous })}>
          {t('reportForm.pager.previous', { title: titleOf(previous) })}
        </a>
      )}
      {next && (
        <a className="step-pager__next" href={hrefOf({ screen: 'report', reportId, step: next })}>
          {t('reportForm.pager.next', { title: titleOf(next) })}
        </a>
      )}
    </nav>
  );
}
