import { Packer } from 'docx';
import type { ExportWarning } from '../../../../shared/ipc/channels/export';
import { prepareReportCharts } from './charts/report-charts';
import { buildReportDocument } from './document/build-report-document';
import type { ExportedDocument, ExportProgress, ExportRequest } from './export-request';
import { PhotoRefused } from './images/photo-refused';
import { prepareImage, type PreparedImage } from './images/prepare-image';
import { estimateReportPages } from './page-layout/estimate-report-pages';
import { refuseEmptyFinal } from './refuse-empty-final';

/**
 * The export itself, synchronous CPU work on plain data: the worker thread runs it for the
 * app, the CLI and tests call it directly. Photos that cannot be used are left out and named
 * in the warnings; every other problem throws a RipotiError.
 */
export async function buildDocx(request: ExportRequest, progress: ExportProgress = () => undefined): Promise<ExportedDocument> {
  refuseEmptyFinal(request.report, request.framework, request.options);
  const warnings: ExportWarning[] = [];
  const images = new Map<string, PreparedImage>();
  const photos = request.options.includePhotos ? [...request.photos] : [];
  const total = photos.length + 2;
  photos.forEach(([id, photo], index) => {
    progress({ done: index, total, label: `Preparing photo ${index + 1} of ${photos.length}` });
    const image = safePrepare(photo.name, photo.bytes, warnings);
    if (image) images.set(id, image);
  });
  const coverPhoto = request.coverAttachmentId ? request.photos.get(request.coverAttachmentId) : undefined;
  let coverImage: PreparedImage | undefined;
  if (coverPhoto && request.coverAttachmentId) coverImage = images.get(request.coverAttachmentId) ?? safePrepare(coverPhoto.name, coverPhoto.bytes, warnings);
  progress({ done: photos.length, total, label: 'Drawing the charts' });
  const charts = await prepareReportCharts(request.report, request.framework, request.options, 'rendered');
  progress({ done: photos.length, total, label: 'Laying out the pages' });
  const document = buildReportDocument({
    report: request.report,
    framework: request.framework,
    options: request.options,
    images,
    exportedAt: new Date(request.exportedAt),
    pageNumbers: estimateReportPages,
    coverImage,
    charts,
  });
  const buffer = await Packer.toBuffer(document);
  progress({ done: total, total, label: 'Done' });
  return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), warnings };
}

/** The photo ready to embed, or undefined with a warning naming it when it cannot be used. */
function safePrepare(name: string, bytes: Uint8Array, warnings: ExportWarning[]): PreparedImage | undefined {
  try {
    return prepareImage(name, bytes);
  } catch (error) {
    if (!(error instanceof PhotoRefused)) throw error;
    warnings.push(error.warning);
    return undefined;
  }
}
