import { useCallback, useEffect, useState } from 'react';
import type { FrameworkOfferState } from '@/shared/ipc/channels/framework';
import { api } from '../api';

/** How often the page asks main whether new questions arrived (a menu choice, a sync). */
const POLL_MS = 3_000;

/**
 * The new questions waiting in main, if any. They arrive from main's side (File → "Update the
 * questions…", the county server after a sync) and the contract is request/response only, so
 * the page asks: when the window regains focus, when it becomes visible, and every few seconds.
 * (When main can push events to the page, this becomes a subscription.)
 */
export function useFrameworkOffer(): { offer: FrameworkOfferState; refresh: () => void } {
  const [offer, setOffer] = useState<FrameworkOfferState>({ state: 'none' });
  const refresh = useCallback(() => {
    void api()
      .getFrameworkOffer()
      .then((result) => {
        if (result.ok)
          setOffer((previous) => (JSON.stringify(previous) === JSON.stringify(result.value) ? previous : result.value));
      });
  }, []);
  useEffect(() => {
    refresh();
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', onVisible);
    const timer = window.setInterval(refresh, POLL_MS);
    return () => {
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', onVisible);
      window.clearInterval(timer);
    };
  }, [refresh]);
  return { offer, refresh };
}
