import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncConflict } from '../../../../shared/ipc/channels/sync';
import { DiffText } from './DiffText';

export type ConflictChoice = { keep: 'mine' } | { keep: 'theirs' } | { keep: 'edited'; value: string };

/** Readable text of any field value (a text, a measure row, a list): conflicts are shown, never hidden. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

/** One conflicting field: mine / theirs / base side by side with the differences marked, and the three ways out. */
export function ConflictCard({ conflict, fieldLabel, onResolve }: { conflict: SyncConflict; fieldLabel: string; onResolve: (choice: ConflictChoice) => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const base = describeValue(conflict.base);
  const mine = describeValue(conflict.mine);
  const theirs = describeValue(conflict.theirs);
  const [merged, setMerged] = useState(mine);
  const textual = typeof conflict.mine === 'string' || typeof conflict.theirs === 'string';
  const id = `conflict-${conflict.key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  // Two colleagues changed the field and neither value was typed here: say so, rather than call one "mine".
  const mineLabel = conflict.mineFromThisComputer ? t('sync.conflict.mine') : t('sync.conflict.serverCopy');

  return (
    <article className="sync-conflict" aria-labelledby={`${id}-title`} data-testid="sync-conflict">
      <h3 id={`${id}-title`}>{fieldLabel}</h3>
      <div className="sync-conflict-sides">
        <section aria-label={mineLabel}>
          <h4>{mineLabel}</h4>
          <DiffText base={base} text={mine} />
        </section>
        <section aria-label={t('sync.conflict.theirs')}>
          <h4>{t('sync.conflict.theirs')}</h4>
          <DiffText base={base} text={theirs} />
        </section>
        <section aria-label={t('sync.conflict.base')}>
          <h4>{t('sync.conflict.base')}</h4>
          <p className="sync-diff">{base || t('sync.conflict.empty')}</p>
        </section>
      </div>
      <div className="sync-conflict-actions">
        <button type="button" onClick={() => onResolve({ keep: 'mine' })}>
          {t('sync.conflict.keepMine')}
        </button>
        <button type="button" onClick={() => onResolve({ keep: 'theirs' })}>
          {t('sync.conflict.keepTheirs')}
        </button>
        {textual && !editing && (
          <button type="button" onClick={() => setEditing(true)}>
            {t('sync.conflict.edit')}
          </button>
        )}
      </div>
      {editing && (
        <div className="sync-conflict-edit">
          <label htmlFor={`${id}-merged`}>{t('sync.conflict.mergedLabel')}</label>
          <textarea id={`${id}-merged`} value={merged} rows={6} onChange={(event) => setMerged(event.target.value)} />
          <button type="button" onClick={() => onResolve({ keep: 'edited', value: merged })}>
            {t('sync.conflict.keepMerged')}
          </button>
        </div>
      )}
    </article>
  );
}
