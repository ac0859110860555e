import type { Report } from '@/shared/report/schema';

/**
 * What differs between two versions of a report, in the officer's terms: the Key Features
 * whose section changed, plus 'profile', 'details' (title, period, language, status) and
 * 'annex' (text kept from an imported Word file).
 */
export function changedParts(before: Report | null, after: Report): string[] {
  if (!before) return Object.keys(after.sections).filter((id) => after.sections[id]?.status !== 'not-started');
  const changed: string[] = [];
  if (JSON.stringify(before.profile) !== JSON.stringify(after.profile)) changed.push('profile');
  const details = (report: Report) => JSON.stringify([report.title, report.period, report.language, report.status]);
  if (details(before) !== details(after)) changed.push('details');
  if (JSON.stringify(before.annex ?? []) !== JSON.stringify(after.annex ?? [])) changed.push('annex');
  const ids = new Set([...Object.keys(before.sections), ...Object.keys(after.sections)]);
  for (const id of ids) {
    if (JSON.stringify(before.sections[id] ?? null) !== JSON.stringify(after.sections[id] ?? null)) changed.push(id);
  }
  return changed;
}

/** Content identity for de-duplication: the save time alone does not make a new version. */
export function contentKey(report: Report): string {
  return JSON.stringify({ ...report, updatedAt: '' });
}
