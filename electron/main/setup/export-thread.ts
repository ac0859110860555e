/// <reference types="electron-vite/node" />
import exportWorkerPath from '../services/export/worker/export-worker?modulePath';
import { workerExportRunner } from '../services/export/worker/worker-export-runner';
import type { ExportRunner } from '../services/export/export-runner';

/**
 * After an export, its thread waits this long for the next one: officers often export, read
 * the document and export again within minutes, and a warm thread does it in a third of the time.
 */
const KEEP_WARM_MS = 3 * 60_000;

/** The app's export runner: electron-vite bundles the worker script and gives its path. */
export function appExportRunner(): ExportRunner {
  return workerExportRunner({ script: exportWorkerPath, keepWarmMs: KEEP_WARM_MS });
}
