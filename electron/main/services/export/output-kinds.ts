import type { ExportFormat } from '@/shared/ipc/channels/export';
import { buildDocx } from './build-docx';
import type { ExportedDocument, ExportProgress, ExportRequest } from './export-request';
import { buildPdf } from './pdf/build-pdf';

/** The kind of file a save dialog offers (its filter) and the name ends with. */
export interface OutputFile {
  readonly description: string;
  readonly extension: string;
}

/** One kind of document an export can write: its file, and the builder that makes its bytes. */
export interface OutputKind extends OutputFile {
  readonly build: (request: ExportRequest, progress: ExportProgress) => Promise<ExportedDocument>;
}

/**
 * THE extension point for a new kind of export: add its format to EXPORT_FORMATS in
 * shared/ipc/channels/export.ts, then its entry here; the pipeline, the runners (worker and
 * in-process), the warm-up and the save dialog take it from this table. The PDF is the
 * Word file's pages (pdf/build-pdf.ts), for the Preview's "Save as PDF", `export --pdf` and
 * "Prepare for sending".
 */
export const outputKinds: { readonly [Format in ExportFormat]: OutputKind } = {
  docx: { description: 'Word document', extension: 'docx', build: buildDocx },
  pdf: { description: 'PDF document', extension: 'pdf', build: buildPdf },
};

/** Builds the document the request's options ask for: what every export runner calls. */
export function buildOutput(
  request: ExportRequest,
  progress: ExportProgress = () => undefined,
): Promise<ExportedDocument> {
  return outputKinds[request.options.format].build(request, progress);
}
