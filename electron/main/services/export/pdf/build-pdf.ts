import type { ExportWarning } from '../../../../../shared/ipc/channels/export';
import type { ExportRequest } from '../export-request';
import { reportLabels } from '../labels/report-labels';
import { layOutReportPages } from '../pages/lay-out-report-pages';
import { sanitizeLine } from '../sanitize-text';
import { writePdf } from './write-pdf';

export interface BuiltPdf {
  readonly bytes: Uint8Array;
  readonly pageCount: number;
  readonly warnings: readonly ExportWarning[];
}

/** A report's PDF: its pages laid out as for the Word file, then written (no LibreOffice, no browser). */
export async function buildPdf(request: ExportRequest): Promise<BuiltPdf> {
  const laid = await layOutReportPages(request);
  const labels = reportLabels(request.options.language);
  const bytes = await writePdf(laid.model, laid.media, {
    author: sanitizeLine(request.report.profile.focalPointName) || 'Ripoti',
    subject: labels.coverSubtitle,
    keywords: 'UNESCO GNLC, learning city, progress report',
    createdAt: new Date(request.exportedAt),
  });
  return { bytes, pageCount: laid.model.pages.length, warnings: laid.warnings };
}
