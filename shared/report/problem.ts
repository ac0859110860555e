/**
 * What Finalise can find wrong, as codes and parameters only: the renderer and the CLI turn
 * them into words in the officer's language, so the model never carries English text.
 */
export type ProblemCode =
  | 'required'
  | 'over-limit'
  | 'reason-required'
  | 'not-a-number'
  | 'invalid-email'
  | 'invalid-web-address'
  | 'invalid-date'
  | 'invalid-year'
  | 'invalid-period'
  /** Answered, but the officer has not said it is complete (the status is the officer's word). */
  | 'not-marked-complete';

export interface Problem {
  readonly code: ProblemCode;
  /** The form field it points to, e.g. 'profile.county' or 'sections.1.1.1.narrative'. */
  readonly path: string;
  readonly featureId?: string;
  readonly params?: Record<string, string | number>;
}

export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly ratio: number;
}

export function progressOf(done: number, total: number): Progress {
  return { done, total, ratio: total === 0 ? 0 : done / total };
}

/** The long answers that have a word limit, with the framework limit that applies to each. */
export const LIMITED_FIELDS = [
  { field: 'narrative', limit: 'narrativeWords' },
  { field: 'goodPractice', limit: 'goodPracticeWords' },
  { field: 'challenges', limit: 'challengesWords' },
  { field: 'nextSteps', limit: 'nextStepsWords' },
] as const;

export type LimitedField = (typeof LIMITED_FIELDS)[number]['field'];

/** The path of a field inside a section, as the form names it. */
export function sectionPath(featureId: string, ...rest: (string | number)[]): string {
  return ['sections', featureId, ...rest].join('.');
}
