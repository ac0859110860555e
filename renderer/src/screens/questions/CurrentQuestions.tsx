import { useTranslation } from 'react-i18next';
import { allKeyFeatures } from '@/shared/framework/load';
import type { Framework } from '@/shared/framework/schema';
import { localize } from '@/shared/language';
import { useFormat } from '../../i18n/useFormat';

/** The questions in use: which version, who published it, and what its text rests on. */
export function CurrentQuestions({ framework }: { framework: Framework }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { source } = framework;
  return (
    <section aria-labelledby="questions-current-heading">
      <h2 id="questions-current-heading">{t('questions.current.heading')}</h2>
      <p>
        {t('questions.current.inUse', {
          title: localize(framework.title, format.language),
          version: framework.version,
        })}
      </p>
      <p>{t('questions.current.publisher', { publisher: localize(framework.publisher.name, format.language) })}</p>
      <p>
        {source.text === 'paraphrase'
          ? t('questions.current.paraphrase', { edition: source.edition })
          : t('questions.current.checked', {
              edition: source.edition,
              checkedBy: source.checkedBy ?? '',
              checkedOn: source.checkedOn ? format.date(source.checkedOn) : '',
            })}
      </p>
      <p>
        {t('questions.current.counts', {
          features: allKeyFeatures(framework).length,
          profile: framework.profile.length,
        })}
      </p>
    </section>
  );
}
