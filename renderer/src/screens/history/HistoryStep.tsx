import type { Report } from '../../../../shared/report/schema';

/**
 * PLACEHOLDER mount point for the report's "History" step, replaced by its issue.
 * Props are the agreed interface: the report as last loaded, and a callback after it changed on disk.
 */
export function HistoryStep(props: { report: Report; onReportChanged: () => void }) {
  return <p data-placeholder="HistoryStep">{props.report.title}</p>;
}
