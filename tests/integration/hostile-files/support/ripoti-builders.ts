import { sha256 } from '@/electron/main/services/drafts/durable-file';
import { encodeRipotiFile } from '@/electron/main/services/drafts/ripoti-file';
import type { Attachment, Report } from '@/shared/report/schema';
import { sampleReport } from '@/tests/unit/electron/main/services/drafts/sample-report';

/** A well-made .ripoti carrying `files` (as the app would write it, whatever the files are). */
export function ripotiWith(
  files: readonly { name: string; bytes: Uint8Array; mediaType?: string }[],
  title = 'Kilifi learning city',
): Buffer {
  const report = sampleReport(title);
  const attachments: Record<string, Attachment> = {};
  for (const file of files) {
    const id = sha256(file.bytes);
    attachments[id] = {
      id,
      fileName: file.name,
      mediaType: file.mediaType ?? 'image/png',
      byteLength: file.bytes.length,
      addedAt: report.createdAt,
    };
  }
  return encodeRipotiFile(
    { ...report, attachments },
    new Map(files.map((file) => [sha256(file.bytes), file.bytes])),
    '0.1.0',
    '2026-11-28T09:00:00.000Z',
  );
}

/** The body of a .ripoti as text, and a file made from edited body text with its checksum recomputed (anyone can). */
export function bodyOf(file: Buffer): string {
  const text = file.toString('utf8');
  return text.slice(text.indexOf('"body":') + 7, -1);
}

export function withRecomputedChecksum(bodyText: string): Buffer {
  return Buffer.from(`{"checksum":"${sha256(Buffer.from(bodyText))}","body":${bodyText}}`);
}

export function reportOf(file: Buffer): Report {
  return (JSON.parse(bodyOf(file)) as { report: Report }).report;
}
