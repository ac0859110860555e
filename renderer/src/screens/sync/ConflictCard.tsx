import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncConflict } from '@/shared/ipc/channels/sync';
import { Button } from '../../components/controls/Button';
import { DiffText } from './DiffText';

export type ConflictChoice = { keep: 'mine' } | { keep: 'theirs' } | { keep: 'edited'; value: string };

/** Readable text of any field value (a text, a measure row, a list): conflicts are shown, never hidden. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

/** The names of the three versions; the Sync screen's by default ("Theirs (server)"), a questionnaire's its own. */
export interface ConflictSides {
  readonly mine: string;
  readonly theirs: string;
  readonly base: string;
}

/** One conflicting field: mine / theirs / base side by side with the differences marked, and the three ways out. */
export function ConflictCard({
  conflict,
  fieldLabel,
  onResolve,
  sides,
}: {
  conflict: SyncConflict;
  fieldLabel: string;
  onResolve: (choice: ConflictChoice) => void;
  sides?: ConflictSides;
}) {
  const { t } = useTranslation();
  // Two colleagues changed the field and neither value was typed here: say so, rather than call one "mine".
  const names = sides ?? {
    mine: conflict.mineFromThisComputer ? t('sync.conflict.mine') : t('sync.conflict.serverCopy'),
    theirs: t('sync.conflict.theirs'),
    base: t('sync.conflict.base'),
  };
  const [editing, setEditing] = useState(false);
  const base = describeValue(conflict.base);
  const mine = describeValue(conflict.mine);
  const theirs = describeValue(conflict.theirs);
  const [merged, setMerged] = useState(mine);
  const textual = typeof conflict.mine === 'string' || typeof conflict.theirs === 'string';
  const id = `conflict-${conflict.key.replace(/[^A-Za-z0-9_-]/g, '_')}`;

  return (
    <article className="sync-conflict" aria-labelledby={`${id}-title`} data-testid="sync-conflict">
      <h3 id={`${id}-title`}>{fieldLabel}</h3>
      <div className="sync-conflict-sides">
        <section aria-label={names.mine}>
          <h4>{names.mine}</h4>
          <DiffText base={base} text={mine} />
        </section>
        <section aria-label={names.theirs}>
          <h4>{names.theirs}</h4>
          <DiffText base={base} text={theirs} />
        </section>
        <section aria-label={names.base}>
          <h4>{names.base}</h4>
          <p className="sync-diff">{base || t('sync.conflict.empty')}</p>
        </section>
      </div>
      <div className="sync-conflict-actions">
        <Button onClick={() => onResolve({ keep: 'mine' })}>{t('sync.conflict.keepMine')}</Button>
        <Button onClick={() => onResolve({ keep: 'theirs' })}>{t('sync.conflict.keepTheirs')}</Button>
        {textual && !editing && <Button onClick={() => setEditing(true)}>{t('sync.conflict.edit')}</Button>}
      </div>
      {editing && (
        <div className="sync-conflict-edit">
          <label htmlFor={`${id}-merged`}>{t('sync.conflict.mergedLabel')}</label>
          <textarea id={`${id}-merged`} value={merged} rows={6} onChange={(event) => setMerged(event.target.value)} />
          <Button variant="primary" onClick={() => onResolve({ keep: 'edited', value: merged })}>
            {t('sync.conflict.keepMerged')}
          </Button>
        </div>
      )}
    </article>
  );
}
