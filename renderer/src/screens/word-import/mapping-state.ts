import type {
  ExistingTextPolicy,
  ImportDecision,
  ImportPartView,
  ImportTarget,
} from '@/shared/ipc/channels/word-import';
import type { Report } from '@/shared/report/schema';

/** The officer's choice for each part, by part id, starting from the proposals with text already there kept. */
export type Decisions = Readonly<
  Record<
    string,
    { readonly target: ImportTarget; readonly policy: ExistingTextPolicy; readonly changedByOfficer: boolean }
  >
>;

export function initialDecisions(parts: readonly ImportPartView[]): Decisions {
  return Object.fromEntries(
    parts.map((part) => [part.id, { target: part.proposed, policy: 'keep' as const, changedByOfficer: false }]),
  );
}

/**
 * A new target for a part. Parts under it (a "Challenges" heading under its Key Feature) that
 * the officer has not touched follow it to the new Key Feature, keeping their field.
 */
export function withTarget(
  decisions: Decisions,
  parts: readonly ImportPartView[],
  partId: string,
  target: ImportTarget,
): Decisions {
  const next: Record<string, Decisions[string]> = { ...decisions };
  const current = decisions[partId];
  if (!current) return decisions;
  next[partId] = { ...current, target, changedByOfficer: true };
  for (const child of parts.filter((part) => part.parentId === partId)) {
    const decision = decisions[child.id];
    if (!decision || decision.changedByOfficer || decision.target.kind !== 'feature') continue;
    next[child.id] = {
      ...decision,
      target: target.kind === 'feature' ? { ...decision.target, featureId: target.featureId } : target,
    };
  }
  return next;
}

export function withPolicy(decisions: Decisions, partId: string, policy: ExistingTextPolicy): Decisions {
  const current = decisions[partId];
  return current ? { ...decisions, [partId]: { ...current, policy } } : decisions;
}

export function toImportDecisions(decisions: Decisions): ImportDecision[] {
  return Object.entries(decisions).map(([partId, { target, policy }]) => ({ partId, target, policy }));
}

/**
 * Whether importing this part would meet text already in the open report: the fields it
 * writes (by its labels, or the one chosen), its measures, photos, or profile values.
 */
export function meetsExistingText(part: ImportPartView, target: ImportTarget, report: Report | null): boolean {
  if (!report) return false;
  if (target.kind === 'profile')
    return part.profileFields > 0 && Object.values(report.profile).some((value) => value.trim() && value !== 'Kenya');
  if (target.kind !== 'feature') return false;
  const section = report.sections[target.featureId];
  if (!section) return false;
  const fields =
    target.field === 'auto' ? (part.fields.length > 0 ? part.fields : ['narrative' as const]) : [target.field];
  return (
    fields.some((field) => section[field].trim().length > 0) ||
    (part.measureRows > 0 && section.measures.length > 0) ||
    (part.photos > 0 && section.evidence.length > 0)
  );
}

/** The select's value for a target, and back. */
export function targetValue(target: ImportTarget): string {
  return target.kind === 'feature' ? `feature:${target.featureId}` : target.kind;
}

export function targetOfValue(value: string, previous: ImportTarget): ImportTarget {
  if (value.startsWith('feature:'))
    return {
      kind: 'feature',
      featureId: value.slice('feature:'.length),
      field: previous.kind === 'feature' ? previous.field : 'auto',
    };
  if (value === 'profile' || value === 'annex') return { kind: value };
  return { kind: 'skip' };
}
