import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allKeyFeatures, bundledFramework } from '@/shared/framework/load';
import { localize } from '@/shared/language';
import type { Report } from '@/shared/report/schema';
import { api } from '../../api';
import { Button } from '../../components/controls/Button';
import { CheckboxList } from '../../components/controls/CheckboxList';
import { useFormat } from '../../i18n/useFormat';
import { navigate } from '../../routing/route';
import { useDescribeError } from '../../i18n/useDescribeError';

/** "Start next cycle from this report": the profile and the ticked sections go into a new report. */
export function CarryForward({ report }: { report: Report }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const { language } = useFormat();
  const started = allKeyFeatures(bundledFramework()).filter(
    (feature) => (report.sections[feature.id]?.status ?? 'not-started') !== 'not-started',
  );
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(started.map((feature) => feature.id)));
  const [error, setError] = useState<string | null>(null);

  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  async function start() {
    setError(null);
    const result = await api().carryForward({ reportId: report.id, featureIds: [...chosen] });
    if (!result.ok) return setError(describe(result.error));
    navigate({ screen: 'report', reportId: result.value.id, step: 'profile' });
  }

  return (
    <section aria-labelledby="carry-heading">
      <h3 id="carry-heading">{t('drafts.carry.heading')}</h3>
      {started.length === 0 ? (
        <p>{t('drafts.carry.none')}</p>
      ) : (
        <CheckboxList
          name="carry-forward"
          legend={t('drafts.carry.legend')}
          items={started.map((feature) => ({
            value: feature.id,
            label: `${feature.id} ${localize(feature.title, language)}`,
          }))}
          checked={chosen}
          onChange={toggle}
        />
      )}
      <Button onClick={() => void start()}>{t('drafts.carry.start')}</Button>
      {error && (
        <p className="error-message" role="alert">
          {t('drafts.carry.failed', { message: error })}
        </p>
      )}
    </section>
  );
}
