import { limitsOf, type Framework, type WordLimits } from '../framework/schema';
import { sectionPath } from './problem';
import type { MeasureRow, Report, Section } from './schema';
import { isAnsweredMeasure } from './section-completeness';

/** The parts of a Key Feature's answer, in the order the form and the Word file give them. */
export const ONLINE_FIELDS = [
  'notApplicableReason',
  'narrative',
  'actions',
  'measures',
  'goodPractice',
  'challenges',
  'nextSteps',
  'sdgTargets',
] as const;
export type OnlineField = (typeof ONLINE_FIELDS)[number];

const LIMIT_OF: Partial<Record<OnlineField, keyof WordLimits>> = {
  narrative: 'narrativeWords',
  goodPractice: 'goodPracticeWords',
  challenges: 'challengesWords',
  nextSteps: 'nextStepsWords',
};

/** One answer to paste into UNESCO's online form; `path` is the form field it comes from (and its key). */
export type OnlineAnswer =
  | { readonly kind: 'profile'; readonly path: string; readonly profileFieldId: string; readonly text: string }
  | {
      readonly kind: 'text';
      readonly path: string;
      readonly featureId: string;
      readonly field: Exclude<OnlineField, 'measures' | 'sdgTargets'>;
      readonly text: string;
      readonly limit: number | null;
    }
  | {
      readonly kind: 'measures';
      readonly path: string;
      readonly featureId: string;
      readonly rows: readonly MeasureRow[];
    }
  | {
      readonly kind: 'sdgTargets';
      readonly path: string;
      readonly featureId: string;
      readonly targets: readonly string[];
    };

/**
 * Every answer of a report, in the order of the framework's questions: the profile questions,
 * then each Key Feature's answers as the form asks them. Unanswered parts are left out (the
 * final check above the list names what is missing); a Key Feature that does not apply gives
 * its reason only.
 */
export function onlineAnswers(report: Report, framework: Framework): OnlineAnswer[] {
  const answers: OnlineAnswer[] = [];
  for (const field of framework.profile) {
    const text = report.profile[field.id] ?? '';
    if (text.trim() !== '')
      answers.push({ kind: 'profile', path: `profile.${field.id}`, profileFieldId: field.id, text });
  }
  for (const tier of framework.tiers) {
    for (const area of tier.areas) {
      for (const feature of area.features) {
        const section = report.sections[feature.id];
        if (section) answers.push(...sectionAnswers(feature.id, section, limitsOf(framework, feature)));
      }
    }
  }
  return answers;
}

function sectionAnswers(featureId: string, section: Section, limits: WordLimits): OnlineAnswer[] {
  const path = (field: OnlineField) => sectionPath(featureId, field);
  if (section.status === 'not-applicable') {
    return section.notApplicableReason.trim() === ''
      ? []
      : [
          {
            kind: 'text',
            path: path('notApplicableReason'),
            featureId,
            field: 'notApplicableReason',
            text: section.notApplicableReason,
            limit: null,
          },
        ];
  }
  const answers: OnlineAnswer[] = [];
  for (const field of ONLINE_FIELDS) {
    if (field === 'notApplicableReason') continue;
    if (field === 'measures') {
      const rows = section.measures.filter(isAnsweredMeasure);
      if (rows.length > 0) answers.push({ kind: 'measures', path: path(field), featureId, rows });
    } else if (field === 'sdgTargets') {
      if (section.sdgTargets.length > 0)
        answers.push({ kind: 'sdgTargets', path: path(field), featureId, targets: section.sdgTargets });
    } else if (section[field].trim() !== '') {
      const limit = LIMIT_OF[field];
      answers.push({
        kind: 'text',
        path: path(field),
        featureId,
        field,
        text: section[field],
        limit: limit ? limits[limit] : null,
      });
    }
  }
  return answers;
}
