import { app, BrowserWindow } from 'electron';
import { RENDERER_ENTRY_URL } from '../security/trusted-sender';
import { secureWindowOptions } from './secure-window-options';

/**
 * Creates the one window. In development it loads electron-vite's dev server; otherwise
 * only the renderer packaged inside the app, through the ripoti:// protocol.
 */
export async function createMainWindow(preloadPath: string, devServerUrl: string | undefined): Promise<BrowserWindow> {
  const window = new BrowserWindow(secureWindowOptions(preloadPath, { packaged: app.isPackaged }));
  window.once('ready-to-show', () => window.show());
  await window.loadURL(devServerUrl ?? RENDERER_ENTRY_URL);
  return window;
}
