import type { Framework } from '../framework/schema';
import { computeCompleteness } from './completeness';
import type { Problem } from './problem';
import type { Report } from './schema';

/**
 * The kinds of thing a final export can still find wrong. The officer fixes them, or confirms
 * each kind ("export anyway with 2 answers over their word limit"): one confirmation per kind,
 * so agreeing to leave a Key Feature unanswered never also waves through a bad figure.
 */
export const FINAL_CHECK_KINDS = [
  'profile',
  'unanswered',
  'not-marked-complete',
  'no-reason',
  'over-limit',
  'not-a-number',
  'incomplete-measure',
  'missing-caption',
] as const;
export type FinalCheckKind = (typeof FINAL_CHECK_KINDS)[number];

/** Which kind of confirmation a problem needs. */
export function finalCheckKind(problem: Problem): FinalCheckKind {
  switch (problem.code) {
    case 'over-limit':
      return 'over-limit';
    case 'not-a-number':
      return 'not-a-number';
    case 'reason-required':
      return 'no-reason';
    case 'not-marked-complete':
      return 'not-marked-complete';
    default:
      if (!problem.path.startsWith('sections.')) return 'profile';
      if (/\.evidence\.\d+\./.test(problem.path)) return 'missing-caption';
      if (/\.measures\.\d+\./.test(problem.path)) return 'incomplete-measure';
      return 'unanswered';
  }
}

export interface FinalCheck {
  /** Every problem in what is exported: title, period and profile, then the chosen areas' Key Features. */
  readonly problems: readonly Problem[];
  /** The kinds present, in FINAL_CHECK_KINDS order, each with its problems. */
  readonly kinds: readonly { readonly kind: FinalCheckKind; readonly problems: readonly Problem[] }[];
}

/**
 * The rules a final export is held to: exactly what Review lists, limited to the areas being
 * exported. The Export step shows it; main runs it again before it writes the file.
 */
export function finalCheck(report: Report, framework: Framework, areaIds?: readonly string[]): FinalCheck {
  const wanted = areaIds ? new Set(areaIds) : undefined;
  const exported = new Set(
    framework.tiers
      .flatMap((tier) => tier.areas)
      .filter((area) => !wanted || wanted.has(area.id))
      .flatMap((area) => area.features.map((feature) => feature.id)),
  );
  const problems = computeCompleteness(report, framework).problems.filter(
    (problem) => problem.featureId === undefined || exported.has(problem.featureId),
  );
  const kinds = FINAL_CHECK_KINDS.map((kind) => ({
    kind,
    problems: problems.filter((problem) => finalCheckKind(problem) === kind),
  })).filter((group) => group.problems.length > 0);
  return { problems, kinds };
}

/** The kinds still neither fixed nor confirmed: a final export may go ahead when this is empty. */
export function unconfirmedKinds(check: FinalCheck, confirmed: readonly FinalCheckKind[]): FinalCheckKind[] {
  return check.kinds.map((group) => group.kind).filter((kind) => !confirmed.includes(kind));
}
