import type { Framework } from '@/shared/framework/schema';
import type { Problem } from '@/shared/report/completeness';
import { stepOfPath } from './report-steps';

export interface StepProblems {
  /** 'profile', an area id, or 'review' for what belongs to no step. */
  readonly step: string;
  readonly problems: readonly Problem[];
}

/**
 * The Review list grouped by the step that fixes each problem, in the order of the stepper:
 * forty items in one list are hard to scan, an area with its few items is not.
 */
export function problemsByStep(
  problems: readonly Problem[],
  framework: Framework,
  stepOrder: readonly string[],
): StepProblems[] {
  const groups = new Map<string, Problem[]>();
  for (const problem of problems) {
    const step = stepOfPath(problem.path, framework);
    const group = groups.get(step);
    if (group) group.push(problem);
    else groups.set(step, [problem]);
  }
  const rank = (step: string) => {
    const index = stepOrder.indexOf(step);
    return index === -1 ? stepOrder.length : index;
  };
  return [...groups].sort(([a], [b]) => rank(a) - rank(b)).map(([step, grouped]) => ({ step, problems: grouped }));
}
