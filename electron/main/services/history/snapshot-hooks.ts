import type { Report } from '@/shared/report/schema';
import type { HistoryService } from './history-service';

/** What export and sync call once they have succeeded, so History holds the version that left the computer. */
export interface SnapshotHooks {
  readonly exported: (report: Report) => Promise<void>;
  readonly synced: (reportId: string) => Promise<void>;
}

/**
 * A snapshot is a convenience on top of a draft that is already safe on disk: if it cannot be
 * written (disk full, say) the export or sync that triggered it has still succeeded and must
 * not be reported as failed, so the failure is logged instead of thrown.
 */
export function snapshotHooks(history: HistoryService | undefined): SnapshotHooks {
  const quietly = async (reportId: string, take: () => Promise<unknown>) => {
    try {
      await take();
    } catch (error) {
      console.warn(`History snapshot of ${reportId} was not written:`, error);
    }
  };
  return {
    exported: (report) =>
      history ? quietly(report.id, () => history.snapshotOf(report, 'export')) : Promise.resolve(),
    synced: (reportId) => (history ? quietly(reportId, () => history.snapshot(reportId, 'sync')) : Promise.resolve()),
  };
}
