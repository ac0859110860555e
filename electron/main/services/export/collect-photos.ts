import { isRipotiError } from '@/shared/errors';
import type { Framework } from '@/shared/framework/schema';
import type { ExportOptions, ExportWarning } from '@/shared/ipc/channels/export';
import type { Report } from '@/shared/report/schema';
import type { AttachmentReader, PhotoFile } from './export-request';
import { PhotoRefused } from './images/photo-refused';

export interface CollectedPhotos {
  readonly photos: Map<string, PhotoFile>;
  readonly warnings: ExportWarning[];
}

/**
 * Reads the photos the export will show (only those of the chosen areas, only when photos
 * are included). A photo that cannot be read is named in a warning and left out; the rest
 * of the report still exports.
 */
export async function collectPhotos(
  report: Report,
  framework: Framework,
  options: ExportOptions,
  read: AttachmentReader,
  extraIds: readonly string[] = [],
): Promise<CollectedPhotos> {
  const photos = new Map<string, PhotoFile>();
  const warnings: ExportWarning[] = [];
  if (!options.includePhotos && extraIds.length === 0) return { photos, warnings };
  const wanted = options.areaIds ? new Set(options.areaIds) : undefined;
  const ids = new Set(extraIds);
  if (options.includePhotos) {
    for (const area of framework.tiers.flatMap((tier) => tier.areas)) {
      if (wanted && !wanted.has(area.id)) continue;
      for (const feature of area.features)
        for (const evidence of report.sections[feature.id]?.evidence ?? []) ids.add(evidence.attachmentId);
    }
  }
  for (const id of ids) {
    const name = report.attachments[id]?.fileName || id.slice(0, 12);
    try {
      photos.set(id, { name, bytes: await read(id) });
    } catch (error) {
      warnings.push(
        new PhotoRefused(
          name,
          'unreadable',
          isRipotiError(error) ? error.message.replace(/\.$/, '') : 'it could not be read',
        ).warning,
      );
    }
  }
  return { photos, warnings };
}
