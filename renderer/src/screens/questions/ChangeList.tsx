import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeatureRef, FrameworkChanges } from '@/shared/framework/diff';
import { localize } from '@/shared/language';
import { changesNothing } from '@/shared/framework/diff';
import { useFormat } from '../../i18n/useFormat';

function Group({ id, heading, items }: { id: string; heading: string; items: readonly ReactNode[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h4 id={id}>{heading}</h4>
      <ul>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

/** What a new version changes, grouped as the officer needs to read it: where their text goes first. */
export function ChangeList({ changes }: { changes: FrameworkChanges }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const name = (feature: FeatureRef) => `${feature.id} ${localize(feature.title, language)}`;
  if (changesNothing(changes)) return <p>{t('questions.changes.nothing')}</p>;
  const limit = (change: FrameworkChanges['limits'][number]) =>
    t(change.featureId === null ? 'questions.changes.limitAll' : 'questions.changes.limitOne', {
      feature: change.featureId ?? '',
      field: t(`questions.limitField.${change.field}`),
      before: change.before,
      after: change.after,
    });
  const { profile } = changes;
  return (
    <>
      <Group
        id="changes-renamed"
        heading={t('questions.changes.renamed')}
        items={changes.renamed.map(({ from, to }) => t('questions.changes.move', { from: from.id, to: name(to) }))}
      />
      <Group
        id="changes-merged"
        heading={t('questions.changes.merged')}
        items={changes.merged.map(({ from, to }) =>
          t('questions.changes.move', { from: from.map((feature) => feature.id).join(' + '), to: name(to) }),
        )}
      />
      <Group id="changes-removed" heading={t('questions.changes.removed')} items={changes.removed.map(name)} />
      <Group id="changes-added" heading={t('questions.changes.added')} items={changes.added.map(name)} />
      <Group
        id="changes-reworded"
        heading={t('questions.changes.reworded')}
        items={changes.reworded.map((change) => `${change.id} ${localize(change.after, language)}`)}
      />
      <Group
        id="changes-areas"
        heading={t('questions.changes.areas')}
        items={changes.retitledAreas.map((area) => `${area.id} ${localize(area.after, language)}`)}
      />
      <Group id="changes-limits" heading={t('questions.changes.limits')} items={changes.limits.map(limit)} />
      <Group
        id="changes-profile"
        heading={t('questions.changes.profile')}
        items={[
          ...profile.added.map((field) =>
            t('questions.changes.profileAdded', { label: localize(field.label, language) }),
          ),
          ...profile.removed.map((field) =>
            t('questions.changes.profileRemoved', { label: localize(field.label, language) }),
          ),
          ...profile.renamed.map((field) =>
            t('questions.changes.profileRenamed', { label: localize(field.label, language) }),
          ),
          ...profile.required.map((field) =>
            t(field.now ? 'questions.changes.profileRequired' : 'questions.changes.profileOptional', {
              label: localize(field.label, language),
            }),
          ),
        ]}
      />
      {changes.guidanceChanged > 0 && <p>{t('questions.changes.guidance', { count: changes.guidanceChanged })}</p>}
    </>
  );
}
