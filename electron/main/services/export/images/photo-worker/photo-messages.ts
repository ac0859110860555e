import type { PhotoProblem } from '../../../../../../shared/ipc/channels/export';

/** What the main process asks a photo thread: check these bytes and make the report copy. */
export interface PhotoJob {
  readonly bytes: Uint8Array;
}

/**
 * What a photo thread answers. `reportCopy` is null when the original is already report-sized
 * (its longer edge within the limit): it is then used as it is.
 */
export type PhotoOutcome =
  | { readonly ok: true; readonly width: number; readonly height: number; readonly reportCopy: Uint8Array | null }
  | { readonly ok: false; readonly problem: PhotoProblem; readonly reason: string };
