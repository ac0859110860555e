import path from 'node:path';
import { app } from 'electron';
import Store from 'electron-store';
import { bundledFramework } from '@/shared/framework/load';
import { systemClock } from '../services/clock';
import { openDraftServices } from '../services/drafts/draft-services';
import { SafeSettingsStore } from '../services/drafts/safe-settings-store';
import { readDraftsAgainst } from '../services/framework/framework-in-use';
import { FrameworkStore } from '../services/framework/framework-store';
import { createServices, type Services } from '../services/create-services';
import { SettingsService } from '../services/settings-service';
import { AttachmentStoreBlobs } from '../services/sync/attachment-store-blobs';
import { FileSyncStateStore } from '../services/sync/file-sync-state-store';
import { setupCredentialStore } from './credentials';
import { electronExportDialogs } from './dialogs';
import { appExportRunner } from './export-thread';
import { appPagesRunner } from './pages-thread';
import { appPhotoWorker } from './photo-worker';
import { appSpellCheckers } from './spelling-dictionaries';

/** Builds the services with Electron's paths and stores; everything below is Electron-free. */
export async function setupServices(): Promise<Services> {
  const dataDir = path.join(app.getPath('userData'), 'ripoti-data');
  // clearInvalidConfig is off: a settings file that fails to parse must never be wiped silently;
  // SafeSettingsStore moves it to quarantine/ instead of letting conf's constructor throw.
  const open = () => new Store({ name: 'settings', clearInvalidConfig: false });
  const settingsStore = new SafeSettingsStore(
    open,
    path.join(app.getPath('userData'), 'settings.json'),
    path.join(dataDir, 'quarantine'),
  );
  const settings = new SettingsService(settingsStore);
  // The national office's questions, once accepted, replace the bundled ones; drafts are read against them.
  const frameworkStore = await FrameworkStore.open(dataDir, bundledFramework());
  readDraftsAgainst(() => frameworkStore.current());
  // Drafts live in their own folder with our durable writer; electron-store keeps only settings.
  const drafts = await openDraftServices(dataDir, {
    appVersion: app.getVersion(),
    get framework() {
      return frameworkStore.current();
    },
    clock: systemClock,
    historyIntervalMinutes: () => settings.get().historyIntervalMinutes,
    photoWorker: appPhotoWorker,
  });
  return createServices({
    settingsStore,
    reportRepository: drafts.store,
    drafts,
    frameworkStore,
    // The sync base and photo state live beside the drafts; the password only in the OS keyring.
    sync: {
      credentials: setupCredentialStore(),
      states: new FileSyncStateStore(path.join(dataDir, 'sync')),
      blobs: new AttachmentStoreBlobs(drafts.attachments),
    },
    export: {
      dialogs: electronExportDialogs(),
      runner: appExportRunner(),
      pagesRunner: appPagesRunner(),
      photoWorker: appPhotoWorker,
    },
    versions: { app: app.getVersion(), electron: process.versions.electron, platform: process.platform },
    spelling: appSpellCheckers(),
  });
}
