import type { ExportWarning } from '../../../../../shared/ipc/channels/export';
import type { ExportRequest } from '../export-request';
import { PhotoRefused } from '../images/photo-refused';
import { prepareImage, type PreparedImage } from '../images/prepare-image';

export interface PreparedPhotos {
  readonly images: Map<string, PreparedImage>;
  readonly cover: PreparedImage | undefined;
  readonly warnings: ExportWarning[];
}

/**
 * The photos of a request checked and downscaled as the Word export prepares them (the same
 * `prepareImage`), so the pages show the same pictures at the same sizes. A photo that cannot
 * be used is left out and named, as in the export.
 */
export function preparePhotos(request: ExportRequest): PreparedPhotos {
  const warnings: ExportWarning[] = [];
  const images = new Map<string, PreparedImage>();
  const attempt = (name: string, bytes: Uint8Array): PreparedImage | undefined => {
    try {
      return prepareImage(name, bytes);
    } catch (error) {
      if (!(error instanceof PhotoRefused)) throw error;
      warnings.push(error.warning);
      return undefined;
    }
  };
  if (request.options.includePhotos) {
    for (const [id, photo] of request.photos) {
      const image = attempt(photo.name, photo.bytes);
      if (image) images.set(id, image);
    }
  }
  const coverPhoto = request.coverAttachmentId ? request.photos.get(request.coverAttachmentId) : undefined;
  const cover = coverPhoto && request.coverAttachmentId ? (images.get(request.coverAttachmentId) ?? attempt(coverPhoto.name, coverPhoto.bytes)) : undefined;
  return { images, cover, warnings };
}
