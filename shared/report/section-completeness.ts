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

/**
 * The rules for one Key Feature's section. A section is done when its narrative is written,
 * every limit holds and its measures and evidence are usable in the Word report; or when
 * the officer marked it not applicable and said why.
 */
export function checkSection(featureId: string, section: Section, limits: WordLimits): SectionCheck {
  if (section.status === 'not-applicable') {
    const hasReason = !isBlank(section.notApplicableReason);
    const problems: Problem[] = hasReason ? [] : [{ code: 'reason-required', path: sectionPath(featureId, 'notApplicableReason'), featureId }];
    return { state: 'not-applicable', problems, done: hasReason };
  }
  const problems: Problem[] = [];
  if (isBlank(section.narrative)) problems.push({ code: 'required', path: sectionPath(featureId, 'narrative'), featureId });
  for (const { field, limit } of LIMITED_FIELDS) {
    const words = countWords(section[field]);
    if (words > limits[limit]) {
      problems.push({ code: 'over-limit', path: sectionPath(featureId, field), featureId, params: { words, limit: limits[limit] } });
    }
  }
  section.measures.forEach((row, index) => problems.push(...checkMeasure(featureId, row, index)));
  section.evidence.forEach((reference, index) => {
    if (isBlank(reference.caption)) problems.push({ code: 'required', path: sectionPath(featureId, 'evidence', index, 'caption'), featureId });
  });
  const state = isEmptySection(section) ? 'empty' : problems.length === 0 ? 'complete' : 'partial';
  return { state, problems, done: state === 'complete' };
}

/** A row left entirely blank is ignored (the export skips it too); a started row must be usable. */
function checkMeasure(featureId: string, row: MeasureRow, index: number): Problem[] {
  const cells = [row.indicator, row.unit, row.baseline, row.current, row.target, row.source];
  if (cells.every(isBlank)) return [];
  const problems: Problem[] = [];
  if (isBlank(row.indicator)) problems.push({ code: 'required', path: sectionPath(featureId, 'measures', index, 'indicator'), featureId });
  if (isBlank(row.current)) problems.push({ code: 'required', path: sectionPath(featureId, 'measures', index, 'current'), featureId });
  for (const column of FIGURE_COLUMNS) {
    const value = row[column];
    if (!isBlank(value) && !isFigure(value)) {
      problems.push({ code: 'not-a-number', path: sectionPath(featureId, 'measures', index, column), featureId, params: { value } });
    }
  }
  return problems;
}

export function isEmptySection(section: Section): boolean {
  const texts = [section.narrative, section.actions, section.goodPractice, section.challenges, section.nextSteps];
  return texts.every(isBlank) && section.measures.length === 0 && section.evidence.length === 0 && section.sdgTargets.length === 0;
}
