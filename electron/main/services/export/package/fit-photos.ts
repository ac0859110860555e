import type { ExportWarning } from '@/shared/ipc/channels/export';
import type { PhotoChange } from '@/shared/ipc/channels/sending';
import type { PhotoFile } from '../export-request';
import { exportCancelled } from '../export-runner';
import { PhotoRefused } from '../images/photo-refused';
import type { PhotoFitter } from '../images/photo-worker/photo-thread';

export interface FittedPhotos {
  readonly photos: Map<string, PhotoFile>;
  readonly changes: PhotoChange[];
  readonly warnings: ExportWarning[];
  /** Bytes of every photo after fitting. */
  readonly totalBytes: number;
}

/**
 * Fits the photos into `budgetBytes` together, one at a time in the photo thread. Each gets an
 * equal share of what is left; the lightest go first, so what a light photo does not use goes
 * to the heavier ones after it. A photo the inspector refuses is left out and named, as in an
 * export. `onPhoto` is told before each photo; `signal` stops between photos.
 */
export async function fitPhotos(
  photos: ReadonlyMap<string, PhotoFile>,
  budgetBytes: number,
  fit: PhotoFitter,
  onPhoto: (index: number, count: number) => void,
  signal?: AbortSignal,
): Promise<FittedPhotos> {
  const lightestFirst = [...photos].sort(([, a], [, b]) => a.bytes.byteLength - b.bytes.byteLength);
  const fitted = new Map<string, PhotoFile>();
  const changes: PhotoChange[] = [];
  const warnings: ExportWarning[] = [];
  let left = budgetBytes;
  let totalBytes = 0;
  for (const [index, [id, photo]] of lightestFirst.entries()) {
    if (signal?.aborted) throw exportCancelled();
    onPhoto(index, lightestFirst.length);
    const share = Math.max(0, left / (lightestFirst.length - index));
    const outcome = await fit(photo.bytes, share);
    if (!outcome.ok) {
      warnings.push(new PhotoRefused(photo.name, outcome.problem, outcome.reason).warning);
      continue;
    }
    const bytes = outcome.saved ? outcome.saved.bytes : photo.bytes;
    fitted.set(id, { name: photo.name, bytes });
    if (outcome.saved)
      changes.push({
        name: photo.name,
        before: { longSide: outcome.longSide, bytes: photo.bytes.byteLength },
        after: { longSide: outcome.saved.longSide, bytes: bytes.byteLength, quality: outcome.saved.quality },
      });
    left -= bytes.byteLength;
    totalBytes += bytes.byteLength;
  }
  // The report's order again: photos are embedded in the order of their Key Features either way, but maps are read in order.
  const inOrder = new Map(
    [...photos.keys()].flatMap((id) => {
      const photo = fitted.get(id);
      return photo ? [[id, photo] as const] : [];
    }),
  );
  return { photos: inOrder, changes, warnings, totalBytes };
}
