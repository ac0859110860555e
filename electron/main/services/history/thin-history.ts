import type { HistoryEntry } from '@/shared/ipc/channels/history';

/** Timed snapshots kept in full; older ones are thinned to one a day. */
export const RECENT_TIMED_KEPT = 48;

/**
 * Which timed snapshots to let go so history does not fill a small disk over months of
 * editing: the newest RECENT_TIMED_KEPT stay, and of older ones the last of each day. Snapshots
 * taken for a reason (export, sync, manual, before a restore or replace) are always kept.
 */
export function timedSnapshotsToThin(entries: readonly Pick<HistoryEntry, 'id' | 'takenAt' | 'reason'>[]): string[] {
  const timed = entries.filter((entry) => entry.reason === 'timed').sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  const seenDays = new Set<string>();
  const thin: string[] = [];
  timed.forEach((entry, index) => {
    const day = entry.takenAt.slice(0, 10);
    if (index < RECENT_TIMED_KEPT || !seenDays.has(day)) seenDays.add(day);
    else thin.push(entry.id);
  });
  return thin;
}
