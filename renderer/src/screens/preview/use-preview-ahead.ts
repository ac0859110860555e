import { useEffect } from 'react';
import { api } from '../../api';
import type { SaveQueue } from '../report/save-queue';

/** Quiet after the last save before the pages are laid out again: one layout per pause, not per keystroke. */
export const AHEAD_MS = 1500;

/**
 * Asks main to lay the report's pages out ahead: when the report opens (or is reloaded after a
 * restore or a sync) and after each pause in the officer's writing, once what was typed is saved.
 * Main lays out in its own thread and keeps the pages, so the Preview step opens on them.
 */
export function usePreviewAhead(reportId: string, queue: SaveQueue, generation: number): void {
  useEffect(() => {
    void api().preparePreview({ reportId });
  }, [reportId, generation]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = queue.subscribe(() => {
      clearTimeout(timer);
      if (queue.getState().kind === 'saved')
        timer = setTimeout(() => void api().preparePreview({ reportId }), AHEAD_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [reportId, queue]);
}
