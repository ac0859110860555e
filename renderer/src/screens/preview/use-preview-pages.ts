import { useEffect, useState } from 'react';
import type { ExportOptions } from '@/shared/ipc/channels/export';
import type { PreviewOutline } from '@/shared/ipc/channels/preview';
import type { IpcError } from '@/shared/ipc/result';
import { api } from '../../api';
import { PageItemsStore } from './page-items-store';
import { loadPageFonts } from './preview-fonts';

export type PreviewState =
  | { readonly state: 'loading' }
  | {
      readonly state: 'ready';
      readonly outline: PreviewOutline;
      readonly pages: PageItemsStore;
      readonly updating: boolean;
    }
  | { readonly state: 'failed'; readonly error: IpcError };

type Answer =
  | { readonly state: 'ready'; readonly outline: PreviewOutline; readonly pages: PageItemsStore }
  | { readonly state: 'failed'; readonly error: IpcError };

/**
 * The saved report's pages for the options chosen: asked of main when the step opens (after
 * the form's last edits are saved), usually already laid out ahead, and again when an option
 * changes. The pages shown stay, marked as updating, while the next ones come.
 */
export function usePreviewPages(reportId: string, options: ExportOptions, flush: () => Promise<void>): PreviewState {
  const [attempt, setAttempt] = useState(0);
  const wanted = `${reportId} ${JSON.stringify(options)} ${attempt}`;
  const [answer, setAnswer] = useState<{ readonly key: string; readonly answer: Answer } | undefined>(undefined);

  useEffect(() => {
    const asking = { current: true };
    void (async () => {
      await flush();
      const [result] = await Promise.all([
        api().previewPages({ reportId, options }),
        loadPageFonts().catch(() => undefined),
      ]);
      if (!asking.current) return;
      // Lets the bench split "opening to first page" into waiting for main and drawing.
      performance.mark('ripoti:preview-pages-received');
      if (!result.ok) return setAnswer({ key: wanted, answer: { state: 'failed', error: result.error } });
      // A layout main no longer keeps (a newer one replaced it) is asked for again.
      const pages = new PageItemsStore(result.value, () => asking.current && setAttempt((value) => value + 1));
      setAnswer({ key: wanted, answer: { state: 'ready', outline: result.value, pages } });
    })();
    return () => {
      asking.current = false;
    };
  }, [reportId, options, flush, wanted]);

  if (!answer) return { state: 'loading' };
  if (answer.answer.state === 'failed') return answer.key === wanted ? answer.answer : { state: 'loading' };
  return { ...answer.answer, updating: answer.key !== wanted };
}
