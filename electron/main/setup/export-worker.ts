/// <reference types="electron-vite/node" />
import exportWorkerPath from '../services/export/worker/export-worker?modulePath';
import { workerExportRunner } from '../services/export/worker/worker-export-runner';
import type { ExportRunner } from '../services/export/export-runner';

/** The app's export runner: electron-vite bundles the worker script and gives its path. */
export function appExportRunner(): ExportRunner {
  return workerExportRunner({ script: exportWorkerPath });
}
