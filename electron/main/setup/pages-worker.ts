/// <reference types="electron-vite/node" />
import pagesWorkerPath from '../services/export/preview/pages-worker?modulePath';
import type { PagesRunner } from '../services/export/preview/pages-runner';
import { workerPagesRunner } from '../services/export/preview/worker-pages-runner';

/** The app's page layout (preview, PDF) runs in its own worker thread: electron-vite bundles it and gives its path. */
export function appPagesRunner(): PagesRunner {
  return workerPagesRunner(pagesWorkerPath);
}
