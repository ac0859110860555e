import type { z } from 'zod';

/**
 * One kind of long task (export, sync): the steps its progress names, as codes with their
 * particulars that the renderer words in the officer's language; the step it shows before it
 * reports one; and the value it ends with.
 */
export interface JobDefinition<Step extends z.ZodType, Result extends z.ZodType> {
  readonly step: Step;
  readonly firstStep: z.output<Step>;
  readonly result: Result;
}

export function defineJob<Step extends z.ZodType, Result extends z.ZodType>(
  definition: JobDefinition<Step, Result>,
): JobDefinition<Step, Result> {
  return definition;
}
