import type { DraftFileProblem } from './ipc/channels/drafts';
import type { PhotoProblem } from './ipc/channels/export';

/**
 * Errors that cross a boundary (IPC, CLI) carry a stable code the UI can translate
 * and a plain-language message. Inside a module we throw; at the boundary we convert.
 */
export type ErrorCode =
  | 'invalid-arguments'
  | 'untrusted-sender'
  | 'unknown-channel'
  | 'not-found'
  | 'already-exists'
  | 'conflict'
  | 'invalid-data'
  | 'disk-full'
  | 'permission-denied'
  | 'io'
  | 'too-large'
  | 'cancelled'
  | 'network'
  | 'unauthorized'
  | 'internal';

/**
 * What the interface needs to say an error in the officer's language when the code alone is too
 * vague: which photo was refused and why, or why a draft file was. The message stays English.
 */
export type ErrorDetail =
  | { readonly kind: 'photo'; readonly photo: string; readonly problem: PhotoProblem }
  | { readonly kind: 'draft-file'; readonly problem: DraftFileProblem };

export class RipotiError extends Error {
  readonly code: ErrorCode;
  readonly detail: ErrorDetail | undefined;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; detail?: ErrorDetail }) {
    super(message, options);
    this.name = 'RipotiError';
    this.code = code;
    this.detail = options?.detail;
  }
}

export function isRipotiError(value: unknown): value is RipotiError {
  return value instanceof RipotiError;
}
