import { Packer } from 'docx';
import type { ExportWarning } from '../../../../shared/ipc/channels/export';
import { prepareReportCharts } from './charts/report-charts';
import { buildReportDocument } from './document/build-report-document';
import type { ExportedDocument, ExportProgress, ExportRequest } from './export-request';
import { PhotoRefused } from './images/photo-refused';
import { prepareImage, type PreparedImage } from './images/prepare-image';
import { estimateReportPages } from './page-layout/estimate-report-pages';

/**
 * The Word document, CPU work on plain data: an export runner runs it (a worker thread in the
 * app, in-process in the CLI), tests call it directly. The export pipeline has checked the
 * final-export rules before. Photos that cannot be used are left out and named in the
 * warnings; every other problem throws a RipotiError.
 */
export async function buildDocx(request: ExportRequest, progress: ExportProgress = () => undefined): Promise<ExportedDocument> {
  const warnings: ExportWarning[] = [];
  const images = new Map<string, PreparedImage>();
  const photos = request.options.includePhotos ? [...request.photos] : [];
  const total = photos.length + 2;
  photos.forEach(([id, photo], index) => {
    progress({ done: index, total, step: { code: 'preparing-photo', photo: index + 1, photos: photos.length } });
    const image = safePrepare(photo.name, photo.bytes, warnings);
    if (image) images.set(id, image);
  });
  const coverPhoto = request.coverAttachmentId ? request.photos.get(request.coverAttachmentId) : undefined;
  let coverImage: PreparedImage | undefined;
  if (coverPhoto && request.coverAttachmentId) coverImage = images.get(request.coverAttachmentId) ?? safePrepare(coverPhoto.name, coverPhoto.bytes, warnings);
  progress({ done: photos.length, total, step: { code: 'drawing-charts' } });
  const charts = await prepareReportCharts(request.report, request.framework, request.options, 'rendered');
  progress({ done: photos.length, total, step: { code: 'laying-out' } });
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
