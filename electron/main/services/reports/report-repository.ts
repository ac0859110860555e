import type { Profile, Report, ReportSummary, Section } from '@/shared/report/schema';
import type { SaveReceipt } from '@/shared/report/save-receipt';

export type { SaveReceipt } from '@/shared/report/save-receipt';

/** Report fields other than profile and sections that the officer edits. */
export type ReportMetaPatch = Partial<Pick<Report, 'title' | 'period' | 'language' | 'status'>>;

/**
 * Where report drafts live. Saves are per part (one section, the profile, the meta fields)
 * so that a keystroke costs what the changed part costs, not the whole report. A save
 * resolves only once the change is stored (for the durable store: on disk), and rejects
 * with a RipotiError (e.g. 'disk-full') leaving the previous state intact.
 */
export interface ReportRepository {
  list(): Promise<ReportSummary[]>;
  get(id: string): Promise<Report>;
  /** Stores a whole report (create, import, restore, carry forward). */
  put(report: Report): Promise<SaveReceipt>;
  updateSection(reportId: string, featureId: string, section: Section, savedAt: string): Promise<SaveReceipt>;
  updateProfile(reportId: string, profile: Profile, savedAt: string): Promise<SaveReceipt>;
  updateMeta(reportId: string, patch: ReportMetaPatch, savedAt: string): Promise<SaveReceipt>;
  delete(reportId: string): Promise<void>;
}
