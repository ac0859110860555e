import path from 'node:path';
import type { ExportResult } from '../../../../../shared/ipc/channels/export';
import { collectPhotos } from '../collect-photos';
import type { ExportToFileInput } from '../export-to-file';
import { inProcessPagesRunner } from '../preview/pages-runner';
import { writeExportedFile } from '../write-exported-file';

/**
 * One PDF from a report in hand to a file: what `export --pdf` runs (headless, offline, no
 * LibreOffice). The PDF twin of exportToFile; issue #19 may fold both into one pipeline.
 */
export async function exportPdfToFile(input: Omit<ExportToFileInput, 'runner'>): Promise<ExportResult & { readonly pageCount: number }> {
  const cover = input.coverAttachmentId ? [input.coverAttachmentId] : [];
  const collected = await collectPhotos(input.report, input.framework, input.options, input.readAttachment, cover);
  input.progress?.({ done: 1, total: 2, label: 'Laying out and writing the pages' });
  const pdf = await inProcessPagesRunner.pdf({ report: input.report, framework: input.framework, options: input.options, photos: collected.photos, exportedAt: input.exportedAt, coverAttachmentId: input.coverAttachmentId });
  const filePath = path.resolve(input.filePath);
  await writeExportedFile(filePath, pdf.bytes);
  return { filePath, fileName: path.basename(filePath), byteLength: pdf.bytes.byteLength, pageCount: pdf.pageCount, warnings: [...collected.warnings, ...pdf.warnings] };
}
