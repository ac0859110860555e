import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { bundledFramework } from '@/shared/framework/load';
import { readDraftsAgainst } from '@/electron/main/services/framework/framework-in-use';
import { FrameworkStore } from '@/electron/main/services/framework/framework-store';
import { systemClock } from '@/electron/main/services/clock';
import { openDraftServices } from '@/electron/main/services/drafts/draft-services';
import { SafeSettingsStore } from '@/electron/main/services/drafts/safe-settings-store';
import { createServices, type Services } from '@/electron/main/services/create-services';
import type { ExportSetup } from '@/electron/main/services/export/create-export-service';
import { SettingsService } from '@/electron/main/services/settings-service';
import { recordingExportDialogs, type RecordedDialogs } from './export-dialogs';

export interface TestServices {
  readonly services: Services;
  readonly dataDir: string;
  /** The export save dialog stand-in: saves into dataDir/exports and records open/show. */
  readonly exportDialogs: RecordedDialogs;
  dispose(): Promise<void>;
}

/**
 * The real main-process services (durable DraftStore included) on a user-data folder: a fresh
 * temporary one, or `dataDir` to reopen the same drafts as after a restart of the app. Tests
 * start where an officer who has used Ripoti before starts, with the interface language
 * chosen; `firstStart` leaves it unchosen, so the app asks (first-start.spec.ts). `export` puts
 * the work in threads as the app does (the bench); by default it runs in-process.
 */
export async function createTestServices(
  options: { dataDir?: string; photoWorker?: string; firstStart?: boolean; export?: Omit<ExportSetup, 'dialogs'> } = {},
): Promise<TestServices> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'ripoti-e2e-')));
  const open = () =>
    new Conf({ projectName: 'ripoti-test', cwd: dataDir, configName: 'settings', clearInvalidConfig: false });
  const settingsStore = new SafeSettingsStore(
    open,
    path.join(dataDir, 'settings.json'),
    path.join(dataDir, 'quarantine'),
  );
  const settings = new SettingsService(settingsStore);
  if (!options.firstStart) settings.update({ interfaceLanguageChosen: true });
  // As the app starts: the questions in use first (the bundled ones until others are accepted), drafts read against them.
  const frameworkStore = await FrameworkStore.open(dataDir, bundledFramework());
  readDraftsAgainst(() => frameworkStore.current());
  const framework = frameworkStore.current();
  const drafts = await openDraftServices(dataDir, {
    appVersion: '0.0.0-test',
    framework,
    clock: systemClock,
    historyIntervalMinutes: () => settings.get().historyIntervalMinutes,
    ...(options.photoWorker && { photoWorker: options.photoWorker }),
  });
  const exportDialogs = recordingExportDialogs(path.join(dataDir, 'exports'));
  const services = createServices({
    settingsStore,
    reportRepository: drafts.store,
    drafts,
    frameworkStore,
    versions: { app: '0.0.0-test', electron: null, platform: process.platform },
    export: { ...options.export, dialogs: exportDialogs.dialogs },
  });
  return {
    services,
    dataDir,
    exportDialogs,
    dispose: () => (options.dataDir ? Promise.resolve() : rm(dataDir, { recursive: true, force: true })),
  };
}
