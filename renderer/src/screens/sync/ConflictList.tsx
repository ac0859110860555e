import { useTranslation } from 'react-i18next';
import { bundledFramework, findFeature } from '@/shared/framework/load';
import type { SyncConflict } from '@/shared/ipc/channels/sync';
import { localize } from '@/shared/language';
import { useInterfaceLanguage } from '../../i18n/useFormat';
import { ConflictCard, type ConflictChoice } from './ConflictCard';

interface Group {
  readonly key: string;
  readonly title: string;
  readonly conflicts: SyncConflict[];
}

/** Conflicts grouped section by section, in the order of the report. */
export function ConflictList({
  conflicts,
  onResolve,
}: {
  conflicts: SyncConflict[];
  onResolve: (conflict: SyncConflict, choice: ConflictChoice) => void;
}) {
  const { t } = useTranslation();
  const language = useInterfaceLanguage();
  const framework = bundledFramework();
  const groups = new Map<string, Group>();
  for (const conflict of conflicts) {
    const [top, featureId] = conflict.path;
    const inSection = top === 'sections' && featureId !== undefined;
    const key = inSection ? `sections/${featureId}` : top === 'profile' ? 'profile' : 'report';
    const place = inSection ? findFeature(framework, featureId) : undefined;
    const title = inSection
      ? `${featureId} ${place ? localize(place.feature.title, language) : ''}`
      : t(key === 'profile' ? 'sync.conflict.profile' : 'sync.conflict.details');
    const group = groups.get(key) ?? { key, title, conflicts: [] };
    group.conflicts.push(conflict);
    groups.set(key, group);
  }
  const fieldLabel = (conflict: SyncConflict) => {
    const field = conflict.path[conflict.path[0] === 'sections' ? 2 : 1] ?? conflict.path.join(' / ');
    const rest = conflict.path.slice(conflict.path[0] === 'sections' ? 3 : 2);
    return [t(`sync.fields.${field}`, { defaultValue: field }), ...rest].join(' / ');
  };

  return (
    <section aria-labelledby="sync-conflicts-heading" className="sync-conflicts">
      <h2 id="sync-conflicts-heading">{t('sync.conflict.heading', { count: conflicts.length })}</h2>
      <p>{t('sync.conflict.explain')}</p>
      {[...groups.values()].map((group) => (
        <section key={group.key} aria-label={group.title}>
          <h3>{group.title}</h3>
          {group.conflicts.map((conflict) => (
            <ConflictCard
              key={conflict.key}
              conflict={conflict}
              fieldLabel={fieldLabel(conflict)}
              onResolve={(choice) => onResolve(conflict, choice)}
            />
          ))}
        </section>
      ))}
    </section>
  );
}
