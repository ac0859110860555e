import { RipotiError } from '@/shared/errors';
import { sectionSchema } from '@/shared/report/schema';
import type { JsonValue } from '@/shared/sync/json-value';
import { resolvedValue, withValueAt } from '@/shared/sync/resolve-conflict';
import type { DraftStore } from '../drafts/draft-store';
import type { StoredConflict } from './questionnaire-store';

export type Resolution =
  { readonly keep: 'mine' } | { readonly keep: 'theirs' } | { readonly keep: 'edited'; readonly value: string };

/**
 * Puts the officer's choice for one conflicting field into the report. "Keep mine" writes
 * nothing: the report already holds the officer's text (the merge left it there). The others
 * replace the value at the conflict's path (sections / 2.1.3 / challenges, or a measure
 * row's cell) and save that one section.
 */
export async function resolveInReport(
  store: DraftStore,
  reportId: string,
  conflict: StoredConflict,
  resolution: Resolution,
  now: string,
): Promise<void> {
  if (resolution.keep === 'mine') return;
  const [top, featureId, ...inSection] = conflict.path;
  if (top !== 'sections' || !featureId)
    throw new RipotiError('invalid-data', 'This conflict does not name a field of the report.');
  const report = await store.get(reportId);
  const section = report.sections[featureId];
  if (!section) throw new RipotiError('not-found', `The report has no Key Feature ${featureId}.`);
  const value = resolvedValue({ mine: conflict.mine as JsonValue, theirs: conflict.theirs as JsonValue }, resolution);
  const updated = withValueAt(JSON.parse(JSON.stringify(section)) as JsonValue, inSection, value);
  const checked = sectionSchema.safeParse({ ...(updated as object), updatedAt: now });
  if (!checked.success)
    throw new RipotiError(
      'invalid-data',
      'That choice does not fit the field (for example a measure row without its cells).',
    );
  await store.updateSection(reportId, featureId, checked.data, now);
}
