import { useEffect, useRef, useState } from 'react';
import type { ExportOptions } from '../../../../shared/ipc/channels/export';
import type { PreviewPages } from '../../../../shared/ipc/channels/preview';
import type { IpcError } from '../../../../shared/ipc/result';
import type { Report } from '../../../../shared/report/schema';
import { api } from '../../api';
import { loadPageFonts } from './preview-fonts';

export type PreviewState =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly pages: PreviewPages; readonly updating: boolean }
  | { readonly state: 'failed'; readonly error: IpcError; readonly pages?: PreviewPages };

/** Pause in the officer's typing after which the pages are laid out again. */
const SETTLE_MS = 600;

/**
 * The report's pages for what the form holds now: laid out at once when the step opens,
 * then again each time the officer pauses after a change (older answers that arrive late
 * are dropped). The pages keep showing, marked as updating, while the next layout runs.
 */
export function usePreviewPages(report: Report, options: ExportOptions): PreviewState {
  const [state, setState] = useState<PreviewState>({ state: 'loading' });
  const sequence = useRef(0);
  const first = useRef(true);

  useEffect(() => {
    const ask = async (): Promise<void> => {
      const asked = ++sequence.current;
      setState((current) => (current.state === 'ready' ? { ...current, updating: true } : current));
      const [result] = await Promise.all([api().previewPages({ report, options }), loadPageFonts().catch(() => undefined)]);
      if (asked !== sequence.current) return;
      // Lets the bench split "opening to first page" into waiting for main and drawing.
      performance.mark('ripoti:preview-pages-received');
      if (result.ok) setState({ state: 'ready', pages: result.value, updating: false });
      else setState((current) => ({ state: 'failed', error: result.error, pages: current.state === 'ready' ? current.pages : undefined }));
    };
    if (first.current) {
      first.current = false;
      void ask();
      return;
    }
    const timer = window.setTimeout(() => void ask(), SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [report, options]);

  return state;
}
