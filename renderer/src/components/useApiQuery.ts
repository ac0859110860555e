import { useCallback, useEffect, useState, type DependencyList } from 'react';
import type { IpcError, IpcResult } from '@/shared/ipc/result';

export type QueryState<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: IpcError };

/** Loads something through the API and re-loads on demand; stale answers are ignored. */
export function useApiQuery<T>(
  load: () => Promise<IpcResult<T>>,
  deps: DependencyList,
): QueryState<T> & { reload: () => void } {
  const [state, setState] = useState<QueryState<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  useEffect(() => {
    let current = true;
    load().then(
      (result) => {
        if (!current) return;
        setState(result.ok ? { state: 'ready', value: result.value } : { state: 'failed', error: result.error });
      },
      (error: unknown) => {
        if (current) setState({ state: 'failed', error: { code: 'internal', message: String(error) } });
      },
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's deps decide when to reload
  }, [...deps, generation]);
  return { ...state, reload };
}
