import path from 'node:path';
import type { Framework } from '../../../../shared/framework/schema';
import type { ExportOptions, ExportResult } from '../../../../shared/ipc/channels/export';
import type { Report } from '../../../../shared/report/schema';
import { collectPhotos } from './collect-photos';
import type { AttachmentReader, ExportProgress } from './export-request';
import { inProcessExportRunner, type ExportRunner } from './export-runner';
import { writeExportedFile } from './write-exported-file';

export interface ExportToFileInput {
  readonly report: Report;
  readonly framework: Framework;
  readonly options: ExportOptions;
  readonly readAttachment: AttachmentReader;
  readonly filePath: string;
  readonly exportedAt: string;
  readonly coverAttachmentId?: string;
  readonly runner?: ExportRunner;
  readonly progress?: ExportProgress;
}

/** One export from a report in hand to a .docx on disk: what the CLI runs, without jobs or dialogs. */
export async function exportToFile(input: ExportToFileInput): Promise<ExportResult> {
  const cover = input.coverAttachmentId ? [input.coverAttachmentId] : [];
  const collected = await collectPhotos(input.report, input.framework, input.options, input.readAttachment, cover);
  const run = input.runner ?? inProcessExportRunner;
  const document = await run(
    { report: input.report, framework: input.framework, options: input.options, photos: collected.photos, exportedAt: input.exportedAt, coverAttachmentId: input.coverAttachmentId },
    input.progress ?? (() => undefined),
  );
  const filePath = path.resolve(input.filePath);
  await writeExportedFile(filePath, document.bytes);
  return { filePath, fileName: path.basename(filePath), byteLength: document.bytes.byteLength, warnings: [...collected.warnings, ...document.warnings] };
}
