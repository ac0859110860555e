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

export class RipotiError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RipotiError';
    this.code = code;
  }
}

export function isRipotiError(value: unknown): value is RipotiError {
  return value instanceof RipotiError;
}
