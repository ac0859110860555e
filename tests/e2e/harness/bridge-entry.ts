import { buildApi } from '@/shared/ipc/api';

declare global {
  interface Window {
    __ripotiInvoke?: (channel: string, args: unknown) => Promise<unknown>;
    __ripotiDeliver?: (channel: string, payload: unknown) => void;
  }
}

// The E2E stand-in for the preload: the same buildApi, with Electron's IPC replaced by a
// Playwright binding that runs the real dispatcher and handlers in the test process, and
// main's events pushed in by the test process through __ripotiDeliver (see connect-bridge.ts).
const listeners = new Map<string, Set<(payload: unknown) => void>>();
const invoke = (channel: string, args: unknown): Promise<unknown> => {
  if (!window.__ripotiInvoke) return Promise.reject(new Error('test bridge binding is missing'));
  return window.__ripotiInvoke(channel, args);
};
const listen = (channel: string, deliver: (payload: unknown) => void): (() => void) => {
  const forChannel = listeners.get(channel) ?? new Set();
  listeners.set(channel, forChannel);
  forChannel.add(deliver);
  return () => void forChannel.delete(deliver);
};
const reject = (channel: string, problem: string): void =>
  console.error(`Ripoti dropped a ${channel} event that failed the contract: ${problem}`);
Object.defineProperty(window, '__ripotiDeliver', {
  value: (channel: string, payload: unknown) => listeners.get(channel)?.forEach((deliver) => deliver(payload)),
  writable: false,
  configurable: false,
});
Object.defineProperty(window, 'ripoti', {
  value: buildApi({ invoke, listen, reject }),
  writable: false,
  configurable: false,
  enumerable: true,
});
