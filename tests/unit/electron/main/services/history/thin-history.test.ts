import { describe, expect, it } from 'vitest';
import { RECENT_TIMED_KEPT, timedSnapshotsToThin } from '@/electron/main/services/history/thin-history';

const at = (day: number, hour: number) =>
  `2026-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;

describe('thinning old timed snapshots', () => {
  it('keeps the newest timed snapshots, then one a day, and every snapshot taken for a reason', () => {
    const entries = [];
    for (let day = 1; day <= 10; day += 1) {
      for (let hour = 8; hour < 18; hour += 1)
        entries.push({ id: `t-${day}-${hour}`, takenAt: at(day, hour), reason: 'timed' as const });
      entries.push({ id: `e-${day}`, takenAt: at(day, 12), reason: 'export' as const });
    }
    const thinned = new Set(timedSnapshotsToThin(entries));
    const kept = entries.filter((entry) => !thinned.has(entry.id));
    expect(kept.filter((entry) => entry.reason === 'export')).toHaveLength(10);
    // 100 timed: the newest 48 (days 6–10, minus two of day 6) stay, then the last of each earlier day.
    const keptTimed = kept.filter((entry) => entry.reason === 'timed');
    expect(keptTimed.length).toBe(RECENT_TIMED_KEPT + 5);
    expect(keptTimed.map((entry) => entry.id)).toEqual(
      expect.arrayContaining(['t-1-17', 't-2-17', 't-5-17', 't-10-17']),
    );
    expect(thinned.has('t-1-8')).toBe(true);
  });

  it('thins nothing while there are few snapshots', () => {
    expect(timedSnapshotsToThin([{ id: 'a', takenAt: at(1, 8), reason: 'timed' }])).toEqual([]);
  });
});
