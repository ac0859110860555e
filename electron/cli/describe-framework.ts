import type { FrameworkChanges } from '../../shared/framework/diff';
import type { FrameworkOffer } from '../../shared/ipc/channels/framework';
import type { LocalizedText } from '../../shared/language';

/** The English change, or which translations changed when the English did not. */
function wording(before: LocalizedText, after: LocalizedText): string {
  if (before.en !== after.en) return `"${before.en}" → "${after.en}"`;
  const languages = [before.sw !== after.sw && 'Kiswahili', before.fr !== after.fr && 'French'].filter(Boolean);
  return `"${after.en}" (${languages.join(' and ')} wording)`;
}

const words = (field: string) =>
  field
    .replace(/Words$/, '')
    .replace(/([A-Z])/g, ' $1')
    .toLowerCase();

/** What new questions change, as lines of English for the terminal (the app shows the same, translated). */
export function describeChanges(changes: FrameworkChanges): string[] {
  const lines: string[] = [`Questions ${changes.from} → ${changes.to}`];
  for (const feature of changes.added) lines.push(`  new        ${feature.id} ${feature.title.en}`);
  for (const { from, to } of changes.renamed) lines.push(`  renamed    ${from.id} → ${to.id} ${to.title.en}`);
  for (const { from, to } of changes.merged)
    lines.push(`  merged     ${from.map((feature) => feature.id).join(' + ')} → ${to.id} ${to.title.en}`);
  for (const feature of changes.removed)
    lines.push(`  removed    ${feature.id} ${feature.title.en} (text kept in each draft's archive)`);
  for (const change of changes.reworded)
    lines.push(`  reworded   ${change.id} ${wording(change.before, change.after)}`);
  for (const area of changes.retitledAreas) lines.push(`  area       ${area.id} ${wording(area.before, area.after)}`);
  for (const limit of changes.limits)
    lines.push(
      `  limit      ${limit.featureId ?? 'all Key Features'}: ${words(limit.field)} ${limit.before} → ${limit.after} words`,
    );
  for (const field of changes.profile.added) lines.push(`  profile +  ${field.label.en}`);
  for (const field of changes.profile.removed)
    lines.push(`  profile −  ${field.label.en} (answers kept in each draft)`);
  for (const field of changes.profile.renamed) lines.push(`  profile    ${field.from} → ${field.to} ${field.label.en}`);
  for (const field of changes.profile.required)
    lines.push(`  profile    ${field.label.en} is now ${field.now ? 'required' : 'optional'}`);
  if (changes.guidanceChanged > 0)
    lines.push(`  guidance   new or reworded for ${changes.guidanceChanged} Key Features`);
  if (lines.length === 1) lines.push('  (nothing an officer would see)');
  return lines;
}

export function describeOffer(offer: FrameworkOffer): string[] {
  const lines = [
    `${offer.title.en}, version ${offer.version}, published by ${offer.publisher.en}`,
    `Text: ${offer.source.text} of ${offer.source.edition}`,
    ...describeChanges(offer.changes),
  ];
  for (const draft of offer.drafts) {
    const moved = [...draft.renamed, ...draft.merged].map((move) => `${move.from} → ${move.to}`);
    lines.push(
      `Draft "${draft.title}": ${moved.length > 0 ? `text moves ${moved.join(', ')}` : 'no text moves'}${draft.archived.length > 0 ? `; archived: ${draft.archived.join(', ')}` : ''}`,
    );
  }
  return lines;
}
