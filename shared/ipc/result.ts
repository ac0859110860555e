import type { ErrorCode } from '../errors';

export interface IpcError {
  readonly code: ErrorCode;
  readonly message: string;
}

/** What every IPC call resolves to: errors are values at the process boundary. */
export type IpcResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string): IpcResult<T> {
  return { ok: false, error: { code, message } };
}
