import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * Every security-relevant option of Ripoti's window, in one place so a test can assert on it.
 * The renderer is an untrusted web page: it gets no Node, runs in Chromium's sandbox, and
 * talks to main only through the preload's frozen API.
 */
export function secureWindowOptions(
  preloadPath: string,
  build: { readonly packaged: boolean },
): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 540,
    show: false,
    title: 'Ripoti',
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Chromium's own spell checker is off: the preload's provider asks main, which checks with
      // the dictionaries bundled for the report's language (nothing downloaded, Kiswahili included).
      spellcheck: false,
      // DevTools in a packaged build would give anyone at the keyboard the whole IPC API.
      devTools: !build.packaged,
    },
  };
}
