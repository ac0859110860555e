import { bundledFramework } from '../../../../shared/framework/load';
import type { Framework } from '../../../../shared/framework/schema';
import type { Language } from '../../../../shared/language';
import { createReport } from '../../../../shared/report/create';
import type { Report, ReportSummary, ReportingPeriod } from '../../../../shared/report/schema';
import type { Clock } from '../clock';
import type { ReportRepository } from './report-repository';

export interface CreateReportOptions {
  readonly title?: string | undefined;
  readonly county?: string | undefined;
  readonly language?: Language | undefined;
  readonly period?: ReportingPeriod | undefined;
}

/** Report use-cases shared by the IPC handlers and the CLI. */
export class ReportService {
  constructor(
    private readonly repository: ReportRepository,
    private readonly clock: Clock,
    private readonly framework: Framework = bundledFramework(),
  ) {}

  list(): Promise<ReportSummary[]> {
    return this.repository.list();
  }

  get(id: string): Promise<Report> {
    return this.repository.get(id);
  }

  async create(options: CreateReportOptions): Promise<Report> {
    const report = createReport(this.framework, {
      id: this.clock.newId(),
      now: this.clock.nowIso(),
      ...(options.title !== undefined && { title: options.title }),
      ...(options.county !== undefined && { county: options.county }),
      ...(options.language !== undefined && { language: options.language }),
      ...(options.period !== undefined && { period: options.period }),
    });
    await this.repository.put(report);
    return report;
  }
}
