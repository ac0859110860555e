import { z } from 'zod';
import { isRipotiError } from '@/shared/errors';
import { apiMethods, channelOf, type ApiMethod } from '@/shared/ipc/contract';
import { fail, ok, type IpcResult } from '@/shared/ipc/result';
import type { Handlers } from './handlers';

/** Receives one raw call from a transport and answers with an IpcResult; never throws. */
export type Dispatch = (
  channel: string,
  rawArgs: unknown,
  senderUrl: string | undefined,
) => Promise<IpcResult<unknown>>;

const MAX_ERROR_MESSAGE = 2_000;

function describeInvalidArguments(error: z.ZodError): string {
  return `Invalid arguments: ${z.prettifyError(error)}`.slice(0, MAX_ERROR_MESSAGE);
}

/**
 * Derives the dispatch table from the contract. Every call is checked in this order: who
 * sent it (only our own renderer), which channel (only contract channels), what arguments
 * (the channel's zod schema), then the handler runs and its errors become values.
 */
export function createDispatcher(
  handlers: Handlers,
  isTrustedSender: (url: string) => boolean,
  reportUnexpected: (error: unknown) => void = (error) => console.error(error),
): Dispatch {
  const methodByChannel = new Map<string, ApiMethod>(apiMethods.map((method) => [channelOf(method).name, method]));

  return async (channel, rawArgs, senderUrl) => {
    if (senderUrl === undefined || !isTrustedSender(senderUrl)) {
      return fail('untrusted-sender', 'This request did not come from Ripoti’s own window.');
    }
    const method = methodByChannel.get(channel);
    if (!method) return fail('unknown-channel', `No such request: ${channel.slice(0, 100)}`);
    const parsed = channelOf(method).args.safeParse(rawArgs);
    if (!parsed.success) return fail('invalid-arguments', describeInvalidArguments(parsed.error));
    try {
      const handler = handlers[method] as (args: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (error) {
      if (isRipotiError(error)) return fail(error.code, error.message, error.detail);
      reportUnexpected(error);
      return fail('internal', 'Something went wrong inside Ripoti. Your work is kept; please try again.');
    }
  };
}
