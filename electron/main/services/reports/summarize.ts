import type { Framework } from '@/shared/framework/schema';
import { computeCompleteness } from '@/shared/report/completeness';
import type { Report, ReportSummary } from '@/shared/report/schema';
import { frameworkInUse } from '../framework/framework-in-use';

/**
 * The Reports list's view of a draft. Its completeness is the same overall ratio Review
 * shows (profile fields and Key Features, by the Finalise rules), so the two never disagree.
 */
export function summarizeReport(report: Report, framework: Framework = frameworkInUse()): ReportSummary {
  return {
    id: report.id,
    title: report.title,
    county: report.profile.county,
    period: report.period,
    status: report.status,
    completeness: computeCompleteness(report, framework).overall.ratio,
    updatedAt: report.updatedAt,
  };
}
