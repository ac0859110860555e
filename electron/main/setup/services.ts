import { app } from 'electron';
import Store from 'electron-store';
import { InMemoryReportRepository } from '../services/reports/in-memory-repository';
import { createServices, type Services } from '../services/services';

/** Builds the services with Electron's paths and stores; everything below is Electron-free. */
export function setupServices(): Services {
  // clearInvalidConfig is off: a settings file that fails to parse must never be wiped silently.
  const settingsStore = new Store({ name: 'settings', clearInvalidConfig: false });
  return createServices({
    settingsStore,
    reportRepository: new InMemoryReportRepository(),
    versions: { app: app.getVersion(), electron: process.versions.electron, platform: process.platform },
  });
}
