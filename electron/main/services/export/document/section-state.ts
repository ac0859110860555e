import type { Section } from '../../../../../shared/report/schema';

/**
 * A Key Feature counts as empty when the officer neither answered it nor marked it not
 * applicable: every text blank, no measure, no photo. Whitespace alone is blank.
 */
export function isSectionEmpty(section: Section | undefined): boolean {
  if (!section) return true;
  if (section.status === 'not-applicable') return false;
  const texts = [section.narrative, section.actions, section.goodPractice, section.challenges, section.nextSteps];
  return texts.every((text) => text.trim() === '') && section.measures.length === 0 && section.evidence.length === 0 && section.sdgTargets.length === 0;
}
