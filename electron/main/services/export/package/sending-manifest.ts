import { createHash } from 'node:crypto';
import type { PhotoChange } from '@/shared/ipc/channels/sending';
import type { Report } from '@/shared/report/schema';

export interface ManifestFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * A short plain-text note that travels with the files: what the report is, each file with
 * its size and SHA-256 (so the receiver can tell a file arrived whole), and what was done to
 * the photos to fit the limit, photo by photo.
 */
export function sendingManifest(
  report: Report,
  files: readonly ManifestFile[],
  limitBytes: number,
  photos: readonly PhotoChange[],
  exportedAt: string,
): string {
  const total = files.reduce((sum, file) => sum + file.bytes.byteLength, 0);
  const lines = [
    report.title,
    `${[report.profile.county, report.profile.country].filter(Boolean).join(', ')} · ${report.period.startMonth} – ${report.period.endMonth}`,
    `Prepared with Ripoti on ${exportedAt.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    'Files',
    ...files.map(
      (file) =>
        `  ${file.name}  ${kilobytes(file.bytes.byteLength)}  SHA-256 ${createHash('sha256').update(file.bytes).digest('hex')}`,
    ),
    `  Together: ${kilobytes(total)} (limit ${kilobytes(limitBytes)})`,
    '',
    photos.length > 0
      ? `Photos saved again as JPEG to fit (${photos.length}):`
      : 'Photos as they were: everything fitted without changing them.',
    ...photos.map(
      (photo) =>
        `  ${photo.name}: ${photo.before.longSide} px, ${kilobytes(photo.before.bytes)} → ${photo.after.longSide} px, ${kilobytes(photo.after.bytes)}, JPEG quality ${photo.after.quality}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

function kilobytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}
