import { RipotiError } from '../../../../shared/errors';
import type { Report, ReportSummary } from '../../../../shared/report/schema';
import type { ReportRepository } from './report-repository';
import { summarizeReport } from './summarize';

/** Keeps drafts in memory only: for tests and for the CLI's one-shot commands. */
export class InMemoryReportRepository implements ReportRepository {
  private readonly reports = new Map<string, Report>();

  list(): Promise<ReportSummary[]> {
    return Promise.resolve([...this.reports.values()].map(summarizeReport).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)));
  }

  get(id: string): Promise<Report> {
    const report = this.reports.get(id);
    if (!report) return Promise.reject(new RipotiError('not-found', `No report with id ${id}`));
    return Promise.resolve(structuredClone(report));
  }

  put(report: Report): Promise<void> {
    this.reports.set(report.id, structuredClone(report));
    return Promise.resolve();
  }
}
