import type { ExportWarning } from '@/shared/ipc/channels/export';
import type { ExportProgress, ExportRequest } from '../export-request';
import { PhotoRefused } from '../images/photo-refused';
import { prepareImage, type PreparedImage } from '../images/prepare-image';

export interface PreparedPhotos {
  readonly images: Map<string, PreparedImage>;
  readonly cover: PreparedImage | undefined;
  readonly warnings: ExportWarning[];
}

/**
 * The photos of a request checked and downscaled for the document (`prepareImage`), for the
 * Word file and the pages alike, so both show the same pictures at the same sizes. A photo
 * that cannot be used is left out and named in the warnings; the rest of the report still
 * exports. Progress counts photos, then two steps for the document.
 */
export function preparePhotos(request: ExportRequest, progress: ExportProgress = () => undefined): PreparedPhotos {
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
    const photos = [...request.photos];
    for (const [index, [id, photo]] of photos.entries()) {
      progress({
        done: index,
        total: photos.length + 2,
        step: { code: 'preparing-photo', photo: index + 1, photos: photos.length },
      });
      const image = attempt(photo.name, photo.bytes);
      if (image) images.set(id, image);
    }
  }
  const coverPhoto = request.coverAttachmentId ? request.photos.get(request.coverAttachmentId) : undefined;
  const cover =
    coverPhoto && request.coverAttachmentId
      ? (images.get(request.coverAttachmentId) ?? attempt(coverPhoto.name, coverPhoto.bytes))
      : undefined;
  return { images, cover, warnings };
}
