import type { ErrorCode } from '@/shared/errors';
import type { ExportWarning } from '@/shared/ipc/channels/export';
import type { JobProgress } from '@/shared/ipc/channels/jobs';
import type { ExportRequest } from '../export-request';

/** What the main thread asks of the export worker: an export, or to get its code ready for one. */
export type WorkerRequest = { readonly type: 'export'; readonly request: ExportRequest } | { readonly type: 'warm-up' };

/** What the export worker sends back to the main thread. */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly progress: JobProgress<'export'> }
  | { readonly type: 'done'; readonly bytes: Uint8Array; readonly warnings: readonly ExportWarning[] }
  | { readonly type: 'failed'; readonly code: ErrorCode; readonly message: string }
  /** The warm-up is over (whether or not its sample built: a real export reports its own problems). */
  | { readonly type: 'warmed' };
