import { RipotiError } from '@/shared/errors';
import type { ExportedDocument, ExportProgress, ExportRequest } from './export-request';
import { buildOutput } from './output-kinds';

/**
 * Where the CPU work of an export happens: a worker thread in the app, in-process in the CLI
 * and tests. `prepare`, when a runner has it, gets ready for an export that is likely soon (the
 * Export step opened) and resolves once ready; calling it is never required.
 */
export type ExportRunner = ((
  request: ExportRequest,
  progress: ExportProgress,
  signal?: AbortSignal,
) => Promise<ExportedDocument>) & {
  readonly prepare?: () => Promise<void>;
};

/** The one error a stopped export ends with, wherever it was stopped. */
export function exportCancelled(): RipotiError {
  return new RipotiError('cancelled', 'The export was cancelled.');
}

export const inProcessExportRunner: ExportRunner = async (request, progress, signal) => {
  if (signal?.aborted) throw exportCancelled();
  return buildOutput(request, progress);
};
