import type { Report } from '../../../../shared/report/schema';

/**
 * PLACEHOLDER mount point for the report's "Sync" step, replaced by its issue.
 * Props are the agreed interface: the report as last loaded, and a callback after it changed on disk.
 */
export function SyncStep(props: { report: Report; onReportChanged: () => void }) {
  return <p data-placeholder="SyncStep">{props.report.title}</p>;
}
