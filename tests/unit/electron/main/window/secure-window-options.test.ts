import { describe, expect, it } from 'vitest';
import { secureWindowOptions } from '@/electron/main/window/secure-window-options';

describe('the main window’s options', () => {
  const options = secureWindowOptions('/app/out/preload/index.cjs', { packaged: true });

  it('sandboxes the renderer with context isolation and no Node', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and turns off webviews, insecure content and experimental features', () => {
    expect(options.webPreferences).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('has no DevTools once packaged; a development run keeps them', () => {
    expect(options.webPreferences?.devTools).toBe(false);
    expect(secureWindowOptions('/app/out/preload/index.cjs', { packaged: false }).webPreferences?.devTools).toBe(true);
  });

  it('turns Chromium’s own spell checker off, so nothing is downloaded and the preload’s provider is the only one', () => {
    expect(options.webPreferences?.spellcheck).toBe(false);
  });
});
