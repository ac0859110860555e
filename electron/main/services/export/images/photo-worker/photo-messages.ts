import type { PhotoProblem } from '@/shared/ipc/channels/export';

/**
 * What the main process asks a photo thread: check these bytes and make the report copy; or
 * (Prepare for sending) save the photo again, as legible as fits in `budgetBytes`.
 */
export type PhotoJob =
  | { readonly kind: 'check'; readonly bytes: Uint8Array }
  | { readonly kind: 'fit'; readonly bytes: Uint8Array; readonly budgetBytes: number };

/** A photo the thread could not use, and why (the officer's message names it). */
export interface PhotoFailure {
  readonly ok: false;
  readonly problem: PhotoProblem;
  readonly reason: string;
}

/**
 * What a photo thread answers a check. `reportCopy` is null when the original is already
 * report-sized (its longer edge within the limit): it is then used as it is.
 */
export type PhotoOutcome =
  | { readonly ok: true; readonly width: number; readonly height: number; readonly reportCopy: Uint8Array | null }
  | PhotoFailure;

/**
 * What a photo thread answers a fit: the photo saved again (`saved`), or null when the
 * original already fits and is kept as it is; its long side before and after.
 */
export type FitOutcome =
  | {
      readonly ok: true;
      readonly longSide: number;
      readonly saved: { readonly bytes: Uint8Array; readonly longSide: number; readonly quality: number } | null;
    }
  | PhotoFailure;
