import { limitsOf, type Framework } from '../framework/schema';
import { emptySection } from './create';
import { checkProfile, checkReportMeta } from './profile-completeness';
import { progressOf, type Problem, type Progress } from './problem';
import type { Report } from './schema';
import { checkSection, type SectionState } from './section-completeness';

export type { Problem, ProblemCode, Progress } from './problem';

export interface SectionCompleteness {
  readonly featureId: string;
  readonly state: SectionState;
  readonly problems: readonly Problem[];
}

export interface ReportCompleteness {
  readonly overall: Progress;
  readonly tiers: Readonly<Record<string, Progress>>;
  readonly areas: Readonly<Record<string, Progress>>;
  readonly sections: Readonly<Record<string, SectionCompleteness>>;
  readonly profile: Progress;
  readonly problems: readonly Problem[];
  readonly canFinalise: boolean;
}

/**
 * Everything Review and the Reports list show about how far a report is, derived from the
 * report and the framework and never stored (so it cannot drift from the text). Sections
 * count one each; the profile counts one per required field. Problems come in the order of
 * the form: title and period, profile, then the Key Features in framework order.
 */
export function computeCompleteness(report: Report, framework: Framework): ReportCompleteness {
  const profile = checkProfile(report.profile, framework.profile);
  const problems: Problem[] = [...checkReportMeta(report), ...profile.problems];
  const tiers: Record<string, Progress> = {};
  const areas: Record<string, Progress> = {};
  const sections: Record<string, SectionCompleteness> = {};
  let sectionsDone = 0;
  let sectionsTotal = 0;
  for (const tier of framework.tiers) {
    let tierDone = 0;
    let tierTotal = 0;
    for (const area of tier.areas) {
      let areaDone = 0;
      for (const feature of area.features) {
        // A Key Feature missing from the draft (not yet migrated) is simply not written yet.
        const check = checkSection(
          feature.id,
          report.sections[feature.id] ?? emptySection(report.updatedAt),
          limitsOf(framework, feature),
        );
        sections[feature.id] = { featureId: feature.id, state: check.state, problems: check.problems };
        problems.push(...check.problems);
        if (check.done) areaDone++;
      }
      areas[area.id] = progressOf(areaDone, area.features.length);
      tierDone += areaDone;
      tierTotal += area.features.length;
    }
    tiers[tier.id] = progressOf(tierDone, tierTotal);
    sectionsDone += tierDone;
    sectionsTotal += tierTotal;
  }
  return {
    overall: progressOf(sectionsDone + profile.progress.done, sectionsTotal + profile.progress.total),
    tiers,
    areas,
    sections,
    profile: profile.progress,
    problems,
    canFinalise: problems.length === 0,
  };
}
