import { RipotiError } from '@/shared/errors';
import type { Profile, Report, ReportSummary, Section } from '@/shared/report/schema';
import type { ReportMetaPatch, ReportRepository, SaveReceipt } from './report-repository';
import { summarizeReport } from './summarize';

/**
 * Keeps drafts in memory only: for tests and for the CLI's one-shot commands. Methods are
 * async so a missing report rejects the promise like the disk store does, never throws.
 */
export class InMemoryReportRepository implements ReportRepository {
  private readonly reports = new Map<string, Report>();

  async list(): Promise<ReportSummary[]> {
    await Promise.resolve();
    return [...this.reports.values()]
      .map((report) => summarizeReport(report))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async get(id: string): Promise<Report> {
    return structuredClone(await this.existing(id));
  }

  async put(report: Report): Promise<SaveReceipt> {
    await Promise.resolve();
    this.reports.set(report.id, structuredClone(report));
    return { reportId: report.id, savedAt: report.updatedAt };
  }

  async updateSection(reportId: string, featureId: string, section: Section, savedAt: string): Promise<SaveReceipt> {
    const report = await this.existing(reportId);
    if (!(featureId in report.sections))
      throw new RipotiError('not-found', `Report ${reportId} has no Key Feature ${featureId}`);
    return this.change(report, { sections: { ...report.sections, [featureId]: structuredClone(section) } }, savedAt);
  }

  async updateProfile(reportId: string, profile: Profile, savedAt: string): Promise<SaveReceipt> {
    return this.change(await this.existing(reportId), { profile: structuredClone(profile) }, savedAt);
  }

  async updateMeta(reportId: string, patch: ReportMetaPatch, savedAt: string): Promise<SaveReceipt> {
    return this.change(await this.existing(reportId), structuredClone(patch), savedAt);
  }

  async delete(reportId: string): Promise<void> {
    await this.existing(reportId);
    this.reports.delete(reportId);
  }

  private async existing(id: string): Promise<Report> {
    await Promise.resolve();
    const report = this.reports.get(id);
    if (!report) throw new RipotiError('not-found', `No report with id ${id}`);
    return report;
  }

  private change(report: Report, patch: Partial<Report>, savedAt: string): SaveReceipt {
    this.reports.set(report.id, { ...report, ...patch, updatedAt: savedAt });
    return { reportId: report.id, savedAt };
  }
}
