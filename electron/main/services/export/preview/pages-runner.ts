import type { ExportRequest } from '../export-request';
import { layOutReportPages, type LaidOutReport } from '../pages/lay-out-report-pages';
import { buildPdf, type BuiltPdf } from '../pdf/build-pdf';

/** Where the pages are laid out and the PDF written: a worker thread in the app, in-process in the CLI and tests. */
export interface PagesRunner {
  layout(request: ExportRequest): Promise<LaidOutReport>;
  pdf(request: ExportRequest): Promise<BuiltPdf>;
}

export const inProcessPagesRunner: PagesRunner = {
  layout: layOutReportPages,
  pdf: buildPdf,
};
