import { RipotiError } from '../../../../shared/errors';
import type { Profile, Report, ReportSummary, Section } from '../../../../shared/report/schema';
import type { ReportMetaPatch, ReportRepository, SaveReceipt } from './report-repository';
import { summarizeReport } from './summarize';

/** Keeps drafts in memory only: for tests and for the CLI's one-shot commands. */
export class InMemoryReportRepository implements ReportRepository {
  private readonly reports = new Map<string, Report>();

  list(): Promise<ReportSummary[]> {
    return Promise.resolve([...this.reports.values()].map((report) => summarizeReport(report)).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)));
  }

  get(id: string): Promise<Report> {
    return Promise.resolve(structuredClone(this.existing(id)));
  }

  put(report: Report): Promise<SaveReceipt> {
    this.reports.set(report.id, structuredClone(report));
    return Promise.resolve({ reportId: report.id, savedAt: report.updatedAt });
  }

  updateSection(reportId: string, featureId: string, section: Section, savedAt: string): Promise<SaveReceipt> {
    const report = this.existing(reportId);
    if (!(featureId in report.sections)) return Promise.reject(new RipotiError('not-found', `Report ${reportId} has no Key Feature ${featureId}`));
    return this.change(report, { sections: { ...report.sections, [featureId]: structuredClone(section) } }, savedAt);
  }

  updateProfile(reportId: string, profile: Profile, savedAt: string): Promise<SaveReceipt> {
    return this.change(this.existing(reportId), { profile: structuredClone(profile) }, savedAt);
  }

  updateMeta(reportId: string, patch: ReportMetaPatch, savedAt: string): Promise<SaveReceipt> {
    return this.change(this.existing(reportId), structuredClone(patch), savedAt);
  }

  delete(reportId: string): Promise<void> {
    this.existing(reportId);
    this.reports.delete(reportId);
    return Promise.resolve();
  }

  private existing(id: string): Report {
    const report = this.reports.get(id);
    if (!report) throw new RipotiError('not-found', `No report with id ${id}`);
    return report;
  }

  private change(report: Report, patch: Partial<Report>, savedAt: string): Promise<SaveReceipt> {
    this.reports.set(report.id, { ...report, ...patch, updatedAt: savedAt });
    return Promise.resolve({ reportId: report.id, savedAt });
  }
}
