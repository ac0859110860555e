import type { ErrorCode } from '../../../../../shared/errors';
import type { ExportWarning } from '../../../../../shared/ipc/channels/export';
import type { ExportStep } from '../export-request';

/** What the export worker sends back to the main thread. */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly step: ExportStep }
  | { readonly type: 'done'; readonly bytes: Uint8Array; readonly warnings: readonly ExportWarning[] }
  | { readonly type: 'failed'; readonly code: ErrorCode; readonly message: string };
