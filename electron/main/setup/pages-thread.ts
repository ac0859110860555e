/// <reference types="electron-vite/node" />
import pagesWorkerPath from '../services/export/preview/pages-worker?modulePath';
import type { PagesRunner } from '../services/export/preview/pages-runner';
import { workerPagesRunner } from '../services/export/preview/worker-pages-runner';

/** The Preview's page layout runs in a worker thread kept for the app's life: electron-vite bundles its script and gives its path. */
export function appPagesRunner(): PagesRunner {
  return workerPagesRunner(pagesWorkerPath);
}
