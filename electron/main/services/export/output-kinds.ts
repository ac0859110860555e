import type { ExportFormat } from '../../../../shared/ipc/channels/export';
import { buildDocx } from './build-docx';
import type { ExportedDocument, ExportProgress, ExportRequest } from './export-request';

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
 * THE extension point for a new kind of export (a PDF): add its format to EXPORT_FORMATS in
 * shared/ipc/channels/export.ts, then its entry here; the pipeline, the runners (worker and
 * in-process), the warm-up and the save dialog take it from this table.
 */
export const outputKinds: { readonly [Format in ExportFormat]: OutputKind } = {
  docx: { description: 'Word document', extension: 'docx', build: buildDocx },
};

/** Builds the document the request's options ask for: what every export runner calls. */
export function buildOutput(request: ExportRequest, progress: ExportProgress = () => undefined): Promise<ExportedDocument> {
  return outputKinds[request.options.format].build(request, progress);
}
