import type { Report, ReportSummary } from '../../../../shared/report/schema';

/** Share of sections the officer marked complete or not applicable (0..1). */
function sectionShareDone(report: Report): number {
  const sections = Object.values(report.sections);
  if (sections.length === 0) return 0;
  const done = sections.filter((section) => section.status === 'complete' || section.status === 'not-applicable').length;
  return done / sections.length;
}

export function summarizeReport(report: Report): ReportSummary {
  return {
    id: report.id,
    title: report.title,
    county: report.profile.county,
    period: report.period,
    status: report.status,
    completeness: sectionShareDone(report),
    updatedAt: report.updatedAt,
  };
}
