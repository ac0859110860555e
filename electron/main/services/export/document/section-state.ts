import { isEmptySection } from '@/shared/report/section-completeness';
import type { Section } from '@/shared/report/schema';

/**
 * A Key Feature the Word report prints as "no answer": the officer neither answered it nor
 * marked it not applicable. The rule is shared/report's (a measures row left blank is no answer).
 */
export function isSectionEmpty(section: Section | undefined): boolean {
  if (!section) return true;
  if (section.status === 'not-applicable') return false;
  return isEmptySection(section);
}
