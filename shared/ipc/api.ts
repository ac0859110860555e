import { apiMethods, channelOf, type RipotiApi } from './contract';

/** Sends one call over some transport (Electron IPC in the preload, a test bridge in E2E). */
export type Invoke = (channel: string, args: unknown) => Promise<unknown>;

/**
 * Builds the renderer's API from the contract: one named async function per channel,
 * frozen so that page scripts cannot swap a function out.
 */
export function buildApi(invoke: Invoke): RipotiApi {
  const api: Record<string, (args?: unknown) => Promise<unknown>> = {};
  for (const method of apiMethods) {
    const channel = channelOf(method).name;
    api[method] = (args?: unknown) => invoke(channel, args ?? {});
  }
  return Object.freeze(api) as unknown as RipotiApi;
}
