import { RipotiError } from '../../../../shared/errors';
import { buildDocx } from './build-docx';
import type { ExportedDocument, ExportProgress, ExportRequest } from './export-request';

/** Where the CPU work of an export happens: a worker thread in the app, in-process in the CLI and tests. */
export type ExportRunner = (request: ExportRequest, progress: ExportProgress, signal?: AbortSignal) => Promise<ExportedDocument>;

export const inProcessExportRunner: ExportRunner = async (request, progress, signal) => {
  if (signal?.aborted) throw new RipotiError('cancelled', 'The export was cancelled.');
  return buildDocx(request, progress);
};
