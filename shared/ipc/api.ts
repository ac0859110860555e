import { apiMethods, channelOf, eventNames, eventOf, subscriberName, type RipotiApi } from './contract';

/** Sends one call over some transport (Electron IPC in the preload, a test bridge in E2E). */
export type Invoke = (channel: string, args: unknown) => Promise<unknown>;

/** How calls go to main and events come back: Electron IPC in the preload, a test bridge in E2E. */
export interface Transport {
  readonly invoke: Invoke;
  /** Delivers each payload main sends on `channel`; returns the function that stops delivering. */
  readonly listen: (channel: string, deliver: (payload: unknown) => void) => () => void;
  /** Told about a payload that failed the contract (it is dropped, never delivered). */
  readonly reject?: (channel: string, problem: string) => void;
}

/**
 * Builds the renderer's API from the contract: one named async function per channel and one
 * `on<Event>` subscriber per event, frozen so that page scripts cannot swap a function out.
 * Event payloads pass their zod schema here, as call arguments pass theirs in main.
 */
export function buildApi(transport: Transport): RipotiApi {
  const api: Record<string, unknown> = {};
  for (const method of apiMethods) {
    const channel = channelOf(method).name;
    api[method] = (args?: unknown) => transport.invoke(channel, args ?? {});
  }
  for (const name of eventNames) {
    const { name: channel, payload } = eventOf(name);
    api[subscriberName(name)] = (listener: (payload: unknown) => void) =>
      transport.listen(channel, (raw) => {
        const parsed = payload.safeParse(raw);
        if (parsed.success) listener(parsed.data);
        else transport.reject?.(channel, parsed.error.message);
      });
  }
  return Object.freeze(api) as unknown as RipotiApi;
}
