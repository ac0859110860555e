import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { allAreas, findFeature } from '@/shared/framework/load';
import type { Area, Framework } from '@/shared/framework/schema';
import type { IpcError } from '@/shared/ipc/result';
import { localize, type Language } from '@/shared/language';
import type { Progress, ReportCompleteness } from '@/shared/report/completeness';
import type { Profile, Report, Section } from '@/shared/report/schema';
import { ExportStep } from '../export/ExportStep';
import { HistoryStep } from '../history/HistoryStep';
import { PreviewStep } from '../preview/PreviewStep';
import { SubmitStep } from '../submit/SubmitStep';
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
  /** Resolves once every edit made so far is saved (a step that reads the saved report waits for it). */
  readonly flush: () => Promise<void>;
}

export interface StepContext {
  readonly report: Report;
  readonly framework: Framework;
  readonly completeness: ReportCompleteness;
  readonly handlers: StepHandlers;
}

/**
 * One step of a report. The stepper, the Previous/Next pager, the heading, the route and the
 * Review links all read this list, so adding a step is one entry here plus its screen.
 */
export interface ReportStep {
  /** The URL segment (#/reports/<id>/<step>): a fixed word, or an area's id such as "1.2". */
  readonly id: string;
  /** `form` steps are walked in order (stepper and pager); `tools` are listed apart. */
  readonly group: 'form' | 'tools';
  /** The step's heading. */
  readonly title: (t: TFunction, language: Language) => string;
  /** The stepper's link text, when shorter than the heading. */
  readonly linkText: (t: TFunction, language: Language) => string;
  readonly progress?: (completeness: ReportCompleteness) => Progress | undefined;
  readonly render: (context: StepContext) => ReactNode;
}

const areaTitle = (area: Area, language: Language) => `${area.id} ${localize(area.title, language)}`;

function areaStep(area: Area): ReportStep {
  return {
    id: area.id,
    group: 'form',
    title: (_t, language) => areaTitle(area, language),
    linkText: (_t, language) => areaTitle(area, language),
    progress: (completeness) => completeness.areas[area.id],
    render: ({ report, framework, completeness, handlers }) => (
      <AreaStep
        report={report}
        area={area}
        limits={framework.limits}
        sections={completeness.sections}
        onSection={handlers.onSection}
      />
    ),
  };
}

/** Every step of a report on this framework, in the order the officer walks them. */
export function reportSteps(framework: Framework): ReportStep[] {
  return [
    {
      id: 'profile',
      group: 'form',
      title: (t) => t('reportForm.stepTitles.profile'),
      linkText: (t) => t('report.profile'),
      progress: (completeness) => completeness.profile,
      render: ({ report, framework: current, completeness, handlers }) => (
        <ProfileStep
          report={report}
          fields={current.profile}
          problems={completeness.problems}
          onProfile={handlers.onProfile}
          onMeta={handlers.onMeta}
        />
      ),
    },
    ...allAreas(framework).map(areaStep),
    {
      id: 'review',
      group: 'form',
      title: (t) => t('reportForm.stepTitles.review'),
      linkText: (t) => t('report.review'),
      render: ({ report, framework: current, completeness, handlers }) => (
        <ReviewStep
          report={report}
          framework={current}
          completeness={completeness}
          onJump={handlers.onJump}
          onFinalise={handlers.onFinalise}
        />
      ),
    },
    {
      id: 'preview',
      group: 'form',
      title: (t) => t('reportForm.stepTitles.preview'),
      linkText: (t) => t('reportForm.stepper.preview'),
      render: ({ report, handlers }) => <PreviewStep report={report} flush={handlers.flush} />,
    },
    {
      id: 'export',
      group: 'form',
      title: (t) => t('reportForm.stepTitles.export'),
      linkText: (t) => t('reportForm.stepper.export'),
      render: ({ report, handlers }) => (
        <ExportStep report={report} onJump={handlers.onJump} onReportChanged={handlers.onReportChanged} />
      ),
    },
    {
      id: 'submit',
      group: 'form',
      title: (t) => t('reportForm.stepTitles.submit'),
      linkText: (t) => t('reportForm.stepper.submit'),
      render: ({ report, framework: current, handlers }) => (
        <SubmitStep report={report} framework={current} onJump={handlers.onJump} />
      ),
    },
    {
      id: 'history',
      group: 'tools',
      title: (t) => t('reportForm.stepTitles.history'),
      linkText: (t) => t('reportForm.stepper.history'),
      render: ({ report, handlers }) => <HistoryStep report={report} onReportChanged={handlers.onReportChanged} />,
    },
    {
      id: 'sync',
      group: 'tools',
      title: (t) => t('reportForm.stepTitles.sync'),
      linkText: (t) => t('reportForm.stepper.sync'),
      render: ({ report, handlers }) => <SyncStep report={report} onReportChanged={handlers.onReportChanged} />,
    },
  ];
}

/** Draws a step's body (as an element, so React owns when it renders). */
export function StepBody({ step, context }: { step: ReportStep; context: StepContext }) {
  return <>{step.render(context)}</>;
}

/** The step a route names, or undefined for a segment no step has (an old bookmark). */
export function findStep(steps: readonly ReportStep[], id: string): ReportStep | undefined {
  return steps.find((step) => step.id === id);
}

/** The steps walked in order: the stepper's numbered list and the pager. */
export function formSteps(steps: readonly ReportStep[]): ReportStep[] {
  return steps.filter((step) => step.group === 'form');
}

/** The step that holds a field: the profile step, or the area of its Key Feature ('review' when no step does). */
export function stepOfPath(path: string, framework: Framework): string {
  const match = /^sections\.(\d+(?:\.\d+)*?)\.[a-zA-Z]/.exec(path);
  if (!match?.[1]) return 'profile';
  return findFeature(framework, match[1])?.area.id ?? 'review';
}
