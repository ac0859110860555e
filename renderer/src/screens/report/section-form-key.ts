import type { Section } from '@/shared/report/schema';

/**
 * The values of one Key Feature's form, held under a key of its own: every control's `name`
 * then starts with it ("section-1-1-2.status"), so no two Key Features on a page share a name.
 * Radios that share a name are one group: with a bare "status" the four Key Features' statuses
 * were one group, and choosing one cleared the others (issue #16, item 1).
 */
export type SectionValues = Record<string, Section>;

export function sectionFormKey(featureId: string): string {
  return `section-${featureId.replace(/\./g, '-')}`;
}
