import { useCallback, useEffect, useState } from 'react';
import type { PendingOpenFile } from '@/shared/ipc/channels/app-files';
import { api } from '../../api';

/**
 * A .ripoti file the officer double-clicked (or passed to a second launch) waits in main until
 * the page takes it. The contract is request/response only, so the page asks at start-up and
 * whenever the window regains focus, which is what a second launch does to it.
 */
export function usePendingOpenFile(): { file: PendingOpenFile | null; done: () => void } {
  const [file, setFile] = useState<PendingOpenFile | null>(null);

  useEffect(() => {
    let current = true;
    const take = () => {
      void api()
        .takePendingOpenFile()
        .then((result) => {
          if (current && result.ok && result.value) setFile(result.value);
        });
    };
    take();
    window.addEventListener('focus', take);
    return () => {
      current = false;
      window.removeEventListener('focus', take);
    };
  }, []);

  const done = useCallback(() => setFile(null), []);
  return { file, done };
}
