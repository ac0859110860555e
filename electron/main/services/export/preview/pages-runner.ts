import type { ExportRequest } from '../export-request';
import { layOutReportPages, type LaidOutReport } from '../pages/lay-out-report-pages';

/**
 * Where the Preview's pages are laid out: a worker thread kept for the app's life in the app
 * (preview/worker-pages-runner.ts), in-process in tests. The PDF is not made here: it is an
 * output kind of the export pipeline, built by the export's runner.
 */
export type PagesRunner = (request: ExportRequest) => Promise<LaidOutReport>;

export const inProcessPagesRunner: PagesRunner = (request) => layOutReportPages(request);
