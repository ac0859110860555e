import type { ExportedDocument, ExportProgress, ExportRequest } from '../export-request';
import { reportLabels } from '../labels/report-labels';
import { layOutReportPages } from '../pages/lay-out-report-pages';
import { sanitizeLine } from '../sanitize-text';
import { writePdf } from './write-pdf';

/**
 * The PDF output kind: the report's pages laid out as for the Word file (the same layout
 * numbers both), then written with the report font embedded. No LibreOffice, no browser: the
 * app's export worker and the CLI run the same code. The export pipeline has checked the
 * final-export rules before.
 */
export async function buildPdf(
  request: ExportRequest,
  progress: ExportProgress = () => undefined,
): Promise<ExportedDocument> {
  const laid = await layOutReportPages(request, progress);
  const labels = reportLabels(request.options.language);
  progress({ done: 1, total: 2, step: { code: 'writing-pdf' } });
  const bytes = await writePdf(laid.model, laid.media, {
    author: sanitizeLine(request.report.profile.focalPointName) || 'Ripoti',
    subject: labels.coverSubtitle,
    keywords: 'UNESCO GNLC, learning city, progress report',
    createdAt: new Date(request.exportedAt),
  });
  return { bytes, warnings: laid.warnings };
}
