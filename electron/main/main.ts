import { join } from 'node:path';
import { app } from 'electron';
import { createDispatcher } from './ipc/dispatcher';
import { createHandlers } from './ipc/handlers';
import { createTrustedSenderCheck } from './security/trusted-sender';
import { setupAutoSync } from './setup/auto-sync-when-online';
import { registerAppScheme, setupAppProtocol } from './setup/app-protocol';
import { setupIpc, setupIpcEvents } from './setup/ipc';
import { setupContextMenu } from './setup/context-menu';
import { handOpenFilesTo, setupQuitWhenClosed, setupSingleInstance } from './setup/lifecycle';
import { setupAppMenu } from './setup/menu';
import { setupServices } from './setup/electron-services';
import { setupSessionSecurity } from './setup/session-security';
import { connectUpdates } from './setup/updates';
import { createMainWindow } from './window/main-window';

// The dev server is trusted only in an unpackaged development run.
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const preloadPath = join(import.meta.dirname, '../preload/index.cjs');
const rendererRoot = join(import.meta.dirname, '../renderer');
const openMainWindow = () => void createMainWindow(preloadPath, devServerUrl);

registerAppScheme();

if (setupSingleInstance()) {
  void app.whenReady().then(async () => {
    setupSessionSecurity(createTrustedSenderCheck(devServerUrl));
    setupAppProtocol(rendererRoot);
    const services = await setupServices();
    handOpenFilesTo(services.openFiles);
    connectUpdates(services.updates);
    setupAutoSync(services);
    const isTrustedSender = createTrustedSenderCheck(devServerUrl);
    setupIpc(createDispatcher(createHandlers(services), isTrustedSender));
    setupIpcEvents(services.events, isTrustedSender);
    setupAppMenu(services.settings, services.frameworks);
    setupContextMenu(services.spelling, services.settings);
    setupQuitWhenClosed(openMainWindow);
    openMainWindow();
  });
}
