import { app } from 'electron';
import electronUpdater from 'electron-updater';
import type { UpdateService } from '../services/updates/update-service';

/** First check a while after start-up, so it never competes with opening drafts. */
const FIRST_CHECK_DELAY_MS = 30_000;
/** Then a few times a day for officers who leave Ripoti open. */
const CHECK_EVERY_MS = 6 * 60 * 60 * 1000;

/**
 * Connects the update service to electron-updater's generic provider. The feed URL is the one
 * electron-builder baked into resources/app-update.yml (`publish` in electron-builder.yml);
 * RIPOTI_UPDATE_URL overrides it, for a county that hosts its own copy (docs/release.md).
 * Downloads happen in the background and install when the officer quits: nothing waits on them.
 */
export function connectUpdates(service: UpdateService): void {
  // Unpackaged (development) runs have no app-update.yml: stay "not configured".
  if (!app.isPackaged) return;
  // electron-updater is CommonJS with getter exports: take autoUpdater from the default export.
  const { autoUpdater } = electronUpdater;
  const url = process.env['RIPOTI_UPDATE_URL'];
  if (url?.startsWith('https://')) autoUpdater.setFeedURL({ provider: 'generic', url });
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  autoUpdater.allowDowngrade = false;
  // The check's own result carries failures; this listener keeps an 'error' event from crashing main.
  autoUpdater.on('error', () => undefined);
  autoUpdater.on('update-downloaded', (info) => service.markDownloaded(info.version));
  service.useFeed({
    latestVersion: async () => {
      const result = await autoUpdater.checkForUpdates();
      if (!result) throw new Error('The updater is not active in this build.');
      return result.updateInfo.version;
    },
  });
  setTimeout(() => void service.check(), FIRST_CHECK_DELAY_MS).unref();
  setInterval(() => void service.check(), CHECK_EVERY_MS).unref();
}
