import type { Report, ReportSummary } from '../../../../shared/report/schema';

/**
 * Where report drafts live. The foundation ships an in-memory implementation; the durable
 * file store implements the same interface.
 */
export interface ReportRepository {
  list(): Promise<ReportSummary[]>;
  get(id: string): Promise<Report>;
  /** Stores a whole report (used on create, import, restore). */
  put(report: Report): Promise<void>;
}
