import { Packer } from 'docx';
import { prepareReportCharts } from './charts/report-charts';
import { buildReportDocument } from './document/build-report-document';
import type { ExportedDocument, ExportProgress, ExportRequest } from './export-request';
import { estimateReportPages } from './page-layout/estimate-report-pages';
import { preparePhotos } from './pages/prepare-photos';

/**
 * The Word document, CPU work on plain data: an export runner runs it (a worker thread in the
 * app, in-process in the CLI), tests call it directly. The export pipeline has checked the
 * final-export rules before. Photos that cannot be used are left out and named in the
 * warnings; every other problem throws a RipotiError.
 */
export async function buildDocx(
  request: ExportRequest,
  progress: ExportProgress = () => undefined,
): Promise<ExportedDocument> {
  const photos = preparePhotos(request, progress);
  const total = (request.options.includePhotos ? request.photos.size : 0) + 2;
  progress({ done: total - 2, total, step: { code: 'drawing-charts' } });
  const charts = await prepareReportCharts(request.report, request.framework, request.options, 'rendered');
  progress({ done: total - 2, total, step: { code: 'laying-out' } });
  const document = buildReportDocument({
    report: request.report,
    framework: request.framework,
    options: request.options,
    images: photos.images,
    exportedAt: new Date(request.exportedAt),
    pageNumbers: estimateReportPages,
    coverImage: photos.cover,
    charts,
  });
  const buffer = await Packer.toBuffer(document);
  return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), warnings: photos.warnings };
}
