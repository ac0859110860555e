import { readFileSync } from 'node:fs';
import path from 'node:path';
import { app } from 'electron';
import electronUpdater from 'electron-updater';
import { decideUpdateFeed, readBakedFeed, type BakedFeed } from '../services/updates/update-feed-policy';
import type { UpdateService } from '../services/updates/update-service';

/** First check a while after start-up, so it never competes with opening drafts. */
const FIRST_CHECK_DELAY_MS = 30_000;
/** Then a few times a day for officers who leave Ripoti open. */
const CHECK_EVERY_MS = 6 * 60 * 60 * 1000;

/** resources/app-update.yml, which electron-builder writes from `publish` in electron-builder.yml. */
function bakedFeed(): BakedFeed | null {
  try {
    return readBakedFeed(readFileSync(path.join(process.resourcesPath, 'app-update.yml'), 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Connects the update service to electron-updater's generic provider, if and as
 * update-feed-policy.ts allows: only a packaged build whose county baked in its own https server
 * (docs/release.md), on Windows only with a publisher given as the certificate's full subject,
 * on Linux as a notice without download. Checks run in the background; nothing waits on them.
 */
export function connectUpdates(service: UpdateService): void {
  const decision = decideUpdateFeed({
    packaged: app.isPackaged,
    platform: process.platform,
    baked: app.isPackaged ? bakedFeed() : null,
    environmentUrl: process.env['RIPOTI_UPDATE_URL'],
  });
  service.notify(decision.notices);
  if (!decision.feed) return;
  const { url, installsItself } = decision.feed;
  // electron-updater is CommonJS with getter exports: take autoUpdater from the default export.
  const { autoUpdater } = electronUpdater;
  autoUpdater.setFeedURL({ provider: 'generic', url });
  autoUpdater.autoDownload = installsItself;
  autoUpdater.autoInstallOnAppQuit = installsItself;
  autoUpdater.allowDowngrade = false;
  // The check's own result carries failures; this listener keeps an 'error' event from crashing main.
  autoUpdater.on('error', () => undefined);
  autoUpdater.on('update-downloaded', (info) => service.markDownloaded(info.version));
  service.useFeed(
    {
      latestVersion: async () => {
        const result = await autoUpdater.checkForUpdates();
        if (!result) throw new Error('The updater is not active in this build.');
        return result.updateInfo.version;
      },
    },
    decision.feed,
  );
  setTimeout(() => void service.check(), FIRST_CHECK_DELAY_MS).unref();
  setInterval(() => void service.check(), CHECK_EVERY_MS).unref();
}
