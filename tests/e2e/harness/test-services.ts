import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { InMemoryReportRepository } from '../../../electron/main/services/reports/in-memory-repository';
import { createServices, type Services } from '../../../electron/main/services/services';

export interface TestServices {
  readonly services: Services;
  readonly dataDir: string;
  dispose(): Promise<void>;
}

/** The real main-process services on a temporary user-data folder. */
export async function createTestServices(): Promise<TestServices> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ripoti-e2e-'));
  const settingsStore = new Conf({ projectName: 'ripoti-test', cwd: dataDir, configName: 'settings', clearInvalidConfig: false });
  const services = createServices({
    settingsStore,
    reportRepository: new InMemoryReportRepository(),
    versions: { app: '0.0.0-test', electron: null, platform: process.platform },
  });
  return { services, dataDir, dispose: () => rm(dataDir, { recursive: true, force: true }) };
}
