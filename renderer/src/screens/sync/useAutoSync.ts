import { useEffect, useRef } from 'react';

/** Auto-sync tries again after a failure later and later, never waiting more than 5 minutes. */
const FIRST_WAIT_MS = 15_000;
const MAX_WAIT_MS = 5 * 60_000;

/**
 * When the officer turned auto-sync on: sync when the computer comes online and then on a
 * timer while there are changes waiting, backing off after failures (capped at 5 minutes).
 */
export function useAutoSync(options: { enabled: boolean; changesWaiting: number; failed: boolean; running: boolean; sync: () => Promise<void> }): void {
  const wait = useRef(FIRST_WAIT_MS);
  const { enabled, changesWaiting, failed, running, sync } = options;

  useEffect(() => {
    wait.current = failed ? Math.min(MAX_WAIT_MS, wait.current * 2) : FIRST_WAIT_MS;
  }, [failed]);

  useEffect(() => {
    if (!enabled || running) return;
    const trySync = () => {
      if (navigator.onLine && changesWaiting > 0) void sync();
    };
    const timer = setTimeout(trySync, wait.current);
    window.addEventListener('online', trySync);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('online', trySync);
    };
  }, [enabled, running, changesWaiting, sync]);
}
