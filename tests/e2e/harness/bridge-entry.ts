import { buildApi } from '../../../shared/ipc/api';

declare global {
  interface Window {
    __ripotiInvoke?: (channel: string, args: unknown) => Promise<unknown>;
  }
}

// The E2E stand-in for the preload: the same buildApi, with Electron's IPC replaced by a
// Playwright binding that runs the real dispatcher and handlers in the test process.
const invoke = (channel: string, args: unknown): Promise<unknown> => {
  if (!window.__ripotiInvoke) return Promise.reject(new Error('test bridge binding is missing'));
  return window.__ripotiInvoke(channel, args);
};
Object.defineProperty(window, 'ripoti', { value: buildApi(invoke), writable: false, configurable: false, enumerable: true });
