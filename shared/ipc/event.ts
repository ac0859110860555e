import type { z } from 'zod';

/**
 * One main → renderer event: its wire name and the zod schema its payload must pass where it
 * is received (the preload's API builder), as a channel's arguments must pass in main.
 */
export interface MainEvent<Name extends string, Payload extends z.ZodType> {
  readonly name: Name;
  readonly payload: Payload;
}

export function defineEvent<const Name extends string, Payload extends z.ZodType>(
  name: Name,
  payload: Payload,
): MainEvent<Name, Payload> {
  return { name, payload };
}
