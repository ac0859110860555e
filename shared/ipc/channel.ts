import type { z } from 'zod';

/**
 * One IPC channel: its wire name, the zod schema its single argument object must pass in the
 * main process, and (as a phantom type) what the handler resolves to.
 */
export interface Channel<Name extends string, Args extends z.ZodType, Result> {
  readonly name: Name;
  readonly args: Args;
  /** Never set at run time; carries the result type for the derived API. */
  readonly result?: Result;
}

/**
 * `defineChannel<Result>()(name, argsSchema)`: curried so that the result type is written
 * explicitly while the name and schema types are inferred.
 */
export function defineChannel<Result>() {
  return <const Name extends string, Args extends z.ZodType>(name: Name, args: Args): Channel<Name, Args, Result> => ({
    name,
    args,
  });
}
