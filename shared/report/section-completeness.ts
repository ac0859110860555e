import type { WordLimits } from '../framework/schema';
import { isBlank, isFigure } from './field-rules';
import { LIMITED_FIELDS, sectionPath, type Problem } from './problem';
import type { MeasureRow, Section } from './schema';
import { countWords } from './word-count';

export type SectionState = 'empty' | 'partial' | 'complete' | 'not-applicable';

export interface SectionCheck {
  readonly state: SectionState;
  readonly problems: Problem[];
  /** Counts towards progress: complete, or not applicable with a reason. */
  readonly done: boolean;
}

const FIGURE_COLUMNS = ['baseline', 'current', 'target'] as const;
const MEASURE_CELLS = ['indicator', 'unit', 'baseline', 'current', 'target', 'source'] as const;

/**
 * The one definition of a complete Key Feature, used by the form, Review, the final export's
 * check and the Word report's "Completeness by area": the officer marked it Complete AND its
 * answers hold up (narrative written, every limit kept, measures and photo captions usable);
 * or the officer marked it not applicable and said why. Status is the officer's word, the
 * rules check it: text that passes every rule but is still "In progress" is not complete, and
 * "Complete" over an empty or broken answer is flagged, never counted.
 */
export function checkSection(featureId: string, section: Section, limits: WordLimits): SectionCheck {
  if (section.status === 'not-applicable') {
    const hasReason = !isBlank(section.notApplicableReason);
    const problems: Problem[] = hasReason
      ? []
      : [{ code: 'reason-required', path: sectionPath(featureId, 'notApplicableReason'), featureId }];
    return { state: 'not-applicable', problems, done: hasReason };
  }
  const problems: Problem[] = [];
  if (isBlank(section.narrative))
    problems.push({ code: 'required', path: sectionPath(featureId, 'narrative'), featureId });
  for (const { field, limit } of LIMITED_FIELDS) {
    const words = countWords(section[field]);
    if (words > limits[limit]) {
      problems.push({
        code: 'over-limit',
        path: sectionPath(featureId, field),
        featureId,
        params: { words, limit: limits[limit] },
      });
    }
  }
  section.measures.forEach((row, index) => problems.push(...checkMeasure(featureId, row, index)));
  section.evidence.forEach((reference, index) => {
    if (isBlank(reference.caption))
      problems.push({ code: 'required', path: sectionPath(featureId, 'evidence', index, 'caption'), featureId });
  });
  const empty = isEmptySection(section);
  if (!empty && problems.length === 0 && section.status !== 'complete') {
    problems.push({ code: 'not-marked-complete', path: sectionPath(featureId, 'status'), featureId });
  }
  const state = empty ? 'empty' : problems.length === 0 ? 'complete' : 'partial';
  return { state, problems, done: state === 'complete' };
}

/** A measure row with at least one cell written; a row added and left blank is no answer. */
export function isAnsweredMeasure(row: MeasureRow): boolean {
  return MEASURE_CELLS.some((cell) => !isBlank(row[cell]));
}

/** The rows the Word report prints and the rules check: blank rows are skipped everywhere. */
export function answeredMeasures(section: Section): MeasureRow[] {
  return section.measures.filter(isAnsweredMeasure);
}

/** A started row must be usable: an indicator, a current value, and figures that are figures. */
function checkMeasure(featureId: string, row: MeasureRow, index: number): Problem[] {
  if (!isAnsweredMeasure(row)) return [];
  const problems: Problem[] = [];
  if (isBlank(row.indicator))
    problems.push({ code: 'required', path: sectionPath(featureId, 'measures', index, 'indicator'), featureId });
  if (isBlank(row.current))
    problems.push({ code: 'required', path: sectionPath(featureId, 'measures', index, 'current'), featureId });
  for (const column of FIGURE_COLUMNS) {
    const value = row[column];
    if (!isBlank(value) && !isFigure(value)) {
      problems.push({
        code: 'not-a-number',
        path: sectionPath(featureId, 'measures', index, column),
        featureId,
        params: { value },
      });
    }
  }
  return problems;
}

/**
 * No answer at all: every text blank, no written measure, no photo or document, no SDG target.
 * The status alone is no answer ("Complete" over nothing is flagged by checkSection).
 */
export function isEmptySection(section: Section): boolean {
  const texts = [section.narrative, section.actions, section.goodPractice, section.challenges, section.nextSteps];
  return (
    texts.every(isBlank) &&
    answeredMeasures(section).length === 0 &&
    section.evidence.length === 0 &&
    section.sdgTargets.length === 0
  );
}
