import type { ErrorCode, ErrorDetail } from '../errors';

export interface IpcError {
  readonly code: ErrorCode;
  readonly message: string;
  /** Present when the interface can say more than the code in the officer's language. */
  readonly detail?: ErrorDetail;
}

/** What every IPC call resolves to: errors are values at the process boundary. */
export type IpcResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string, detail?: ErrorDetail): IpcResult<T> {
  return { ok: false, error: detail ? { code, message, detail } : { code, message } };
}
