import { Packer } from 'docx';
import { isRipotiError } from '../../../../shared/errors';
import { buildReportDocument } from './document/build-report-document';
import type { ExportedDocument, ExportProgress, ExportRequest } from './export-request';
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
  const warnings: string[] = [];
  const images = new Map<string, PreparedImage>();
  const photos = request.options.includePhotos ? [...request.photos] : [];
  const total = photos.length + 2;
  photos.forEach(([id, photo], index) => {
    progress({ done: index, total, label: `Preparing photo ${index + 1} of ${photos.length}` });
    try {
      images.set(id, prepareImage(photo.name, photo.bytes));
    } catch (error) {
      if (!isRipotiError(error)) throw error;
      warnings.push(error.message);
    }
  });
  const coverPhoto = request.coverAttachmentId ? request.photos.get(request.coverAttachmentId) : undefined;
  let coverImage: PreparedImage | undefined;
  if (coverPhoto && request.coverAttachmentId) coverImage = images.get(request.coverAttachmentId) ?? safePrepare(coverPhoto.name, coverPhoto.bytes, warnings);
  progress({ done: photos.length, total, label: 'Laying out the pages' });
  const document = buildReportDocument({
    report: request.report,
    framework: request.framework,
    options: request.options,
    images,
    exportedAt: new Date(request.exportedAt),
    pageNumbers: estimateReportPages,
    coverImage,
  });
  const buffer = await Packer.toBuffer(document);
  progress({ done: total, total, label: 'Done' });
  return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), warnings };
}

function safePrepare(name: string, bytes: Uint8Array, warnings: string[]): PreparedImage | undefined {
  try {
    return prepareImage(name, bytes);
  } catch (error) {
    if (!isRipotiError(error)) throw error;
    warnings.push(error.message);
    return undefined;
  }
}
