import { useEffect, useRef } from 'react';

const STATUS_REFRESH_MS = 15_000;

/**
 * Auto-sync runs in main (electron/main/setup/auto-sync.ts) whatever screen is open. While it
 * is on, the Sync step re-reads its status now and then so what it shows stays true, and
 * reloads the report only when a sync has actually finished: reloading redraws the step, and a
 * timer tick must not throw away a merged text the officer is typing.
 */
export function useBackgroundSyncRefresh(options: {
  enabled: boolean;
  /** undefined while the status is loading; null when the report was never synced. */
  lastSyncedAt: string | null | undefined;
  reloadStatus: () => void;
  reloadConflicts: () => void;
  onReportChanged: () => void;
}): void {
  const { enabled, lastSyncedAt, reloadStatus, reloadConflicts, onReportChanged } = options;

  useEffect(() => {
    if (!enabled) return;
    const timer = setInterval(() => {
      reloadStatus();
      reloadConflicts();
    }, STATUS_REFRESH_MS);
    return () => clearInterval(timer);
  }, [enabled, reloadStatus, reloadConflicts]);

  // undefined until the first status arrives: the first value is a starting point, not news.
  const seen = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (lastSyncedAt === undefined) return;
    const changed = seen.current !== undefined && seen.current !== lastSyncedAt;
    seen.current = lastSyncedAt;
    if (changed) onReportChanged();
  }, [lastSyncedAt, onReportChanged]);
}
