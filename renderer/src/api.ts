import type { RipotiApi } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';

declare global {
  interface Window {
    /** Provided by the preload (or the E2E test bridge): the only way to reach the main process. */
    readonly ripoti: RipotiApi | undefined;
  }
}

/** The bridge is always there in the app; its absence means a broken preload, said plainly. */
export function api(): RipotiApi {
  if (!window.ripoti) throw new ApiError('internal', 'Ripoti could not reach its storage (no preload bridge).');
  return window.ripoti;
}

/** Raised in the renderer when a call came back `{ ok: false }`; carries the code to translate. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** For call sites that want exceptions (inside effects): unwraps or throws ApiError. */
export async function unwrap<T>(result: Promise<IpcResult<T>>): Promise<T> {
  const settled = await result;
  if (settled.ok) return settled.value;
  throw new ApiError(settled.error.code, settled.error.message);
}
