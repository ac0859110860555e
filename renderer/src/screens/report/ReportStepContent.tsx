import type { Area, Framework } from '../../../../shared/framework/schema';
import type { IpcError } from '../../../../shared/ipc/result';
import type { ReportCompleteness } from '../../../../shared/report/completeness';
import type { Profile, Report, Section } from '../../../../shared/report/schema';
import { ExportStep } from '../export/ExportStep';
import { HistoryStep } from '../history/HistoryStep';
import { PreviewStep } from '../preview/PreviewStep';
import { SyncStep } from '../sync/SyncStep';
import { AreaStep } from './AreaStep';
import { ProfileStep, type MetaValues } from './ProfileStep';
import { ReviewStep } from './ReviewStep';

export interface StepHandlers {
  readonly onSection: (featureId: string, section: Section) => void;
  readonly onProfile: (profile: Profile) => void;
  readonly onMeta: (meta: MetaValues) => void;
  readonly onJump: (path: string) => void;
  readonly onFinalise: () => Promise<IpcError | null>;
  /** With a sentence to show once the step is drawn again (e.g. after a restore). */
  readonly onReportChanged: (notice?: string) => void;
}

/** Which step's body to draw; the steps owned by other screens are mounted as they are. */
export function ReportStepContent({
  step,
  area,
  report,
  framework,
  completeness,
  handlers,
}: {
  step: string;
  area: Area | undefined;
  report: Report;
  framework: Framework;
  completeness: ReportCompleteness;
  handlers: StepHandlers;
}) {
  if (area) return <AreaStep report={report} area={area} limits={framework.limits} sections={completeness.sections} onSection={handlers.onSection} />;
  switch (step) {
    case 'profile':
      return <ProfileStep report={report} problems={completeness.problems} onProfile={handlers.onProfile} onMeta={handlers.onMeta} />;
    case 'review':
      return <ReviewStep report={report} framework={framework} completeness={completeness} onJump={handlers.onJump} onFinalise={handlers.onFinalise} />;
    case 'preview':
      return <PreviewStep report={report} />;
    case 'export':
      return <ExportStep report={report} onReportChanged={handlers.onReportChanged} />;
    case 'history':
      return <HistoryStep report={report} onReportChanged={handlers.onReportChanged} />;
    case 'sync':
      return <SyncStep report={report} onReportChanged={handlers.onReportChanged} />;
    default:
      return null;
  }
}
