import { RipotiError } from '@/shared/errors';
import { bundledFramework } from '@/shared/framework/load';
import type { Framework } from '@/shared/framework/schema';
import type { Language } from '@/shared/language';
import { computeCompleteness } from '@/shared/report/completeness';
import { createReport } from '@/shared/report/create';
import type { Profile, Report, ReportSummary, ReportingPeriod, Section } from '@/shared/report/schema';
import type { Clock } from '../clock';
import type { ReportMetaPatch, ReportRepository, SaveReceipt } from './report-repository';

export interface CreateReportOptions {
  readonly title?: string | undefined;
  readonly county?: string | undefined;
  readonly language?: Language | undefined;
  readonly period?: ReportingPeriod | undefined;
}

type MetaPatchInput = { readonly [K in keyof ReportMetaPatch]?: ReportMetaPatch[K] | undefined };

/** Report use-cases shared by the IPC handlers and the CLI. */
export class ReportService {
  constructor(
    private readonly repository: ReportRepository,
    private readonly clock: Clock,
    /** The questions in use, read at each call: they change when the officer accepts new ones. */
    private readonly frameworkInUse: () => Framework = bundledFramework,
  ) {}

  private get framework(): Framework {
    return this.frameworkInUse();
  }

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

  updateSection(reportId: string, featureId: string, section: Section): Promise<SaveReceipt> {
    return this.repository.updateSection(reportId, featureId, section, this.clock.nowIso());
  }

  updateProfile(reportId: string, profile: Profile): Promise<SaveReceipt> {
    return this.repository.updateProfile(reportId, profile, this.clock.nowIso());
  }

  /** Finalising is the one save that is gated: a final report must pass every rule Review lists. */
  async updateMeta(reportId: string, input: MetaPatchInput): Promise<SaveReceipt> {
    const patch: ReportMetaPatch = {
      ...(input.title !== undefined && { title: input.title }),
      ...(input.period !== undefined && { period: input.period }),
      ...(input.language !== undefined && { language: input.language }),
      ...(input.status !== undefined && { status: input.status }),
    };
    if (patch.status === 'final') {
      const completeness = computeCompleteness(await this.repository.get(reportId), this.framework);
      if (!completeness.canFinalise) {
        throw new RipotiError(
          'invalid-data',
          `This report cannot be finalised yet: ${completeness.problems.length} item(s) on the Review page still need attention.`,
        );
      }
    }
    return this.repository.updateMeta(reportId, patch, this.clock.nowIso());
  }

  delete(reportId: string): Promise<void> {
    return this.repository.delete(reportId);
  }

  /** Undo of a delete: the report comes back as it was, but never over a report with its id. */
  async restore(report: Report): Promise<SaveReceipt> {
    const exists = await this.repository.get(report.id).then(
      () => true,
      (error: unknown) => {
        if (error instanceof RipotiError && error.code === 'not-found') return false;
        throw error;
      },
    );
    if (exists)
      throw new RipotiError('already-exists', 'A report with this id is already there; nothing was restored.');
    return this.repository.put(report);
  }

  /** A copy to work on separately: a new id, back to draft, its own timestamps. */
  async duplicate(reportId: string, title?: string): Promise<Report> {
    const original = await this.repository.get(reportId);
    const now = this.clock.nowIso();
    const copy: Report = {
      ...original,
      id: this.clock.newId(),
      title: title ?? original.title,
      status: 'draft',
      createdAt: now,
      updatedAt: now,
    };
    await this.repository.put(copy);
    return copy;
  }
}
