import type { Section } from '../schema';

function joinTexts(texts: readonly string[]): string {
  return texts.filter((text) => text.trim().length > 0).join('\n\n');
}

/**
 * Several old Key Features merged into one new one: every text is kept, one after the other
 * in the old order, so the officer can edit the result down rather than retype it.
 */
export function mergeSections(parts: readonly { featureId: string; section: Section }[]): Section {
  const sections = parts.map((part) => part.section);
  const first = sections[0];
  if (!first) throw new Error('mergeSections needs at least one section');
  if (sections.length === 1) return first;
  const statuses = new Set(sections.map((section) => section.status));
  const usedMeasureIds = new Set<string>();
  const measures = parts.flatMap(({ featureId, section }) =>
    section.measures.map((row) => {
      // Row ids must stay unique within the merged table; prefixing with the old id keeps them stable.
      const id = usedMeasureIds.has(row.id) ? `${featureId}-${row.id}` : row.id;
      usedMeasureIds.add(id);
      return { ...row, id };
    }),
  );
  const seenAttachments = new Set<string>();
  const evidence = sections
    .flatMap((section) => section.evidence)
    .filter((reference) => !seenAttachments.has(reference.attachmentId) && seenAttachments.add(reference.attachmentId));
  return {
    status: statuses.size === 1 ? first.status : 'in-progress',
    notApplicableReason: joinTexts(sections.map((section) => section.notApplicableReason)),
    narrative: joinTexts(sections.map((section) => section.narrative)),
    actions: joinTexts(sections.map((section) => section.actions)),
    measures,
    goodPractice: joinTexts(sections.map((section) => section.goodPractice)),
    challenges: joinTexts(sections.map((section) => section.challenges)),
    nextSteps: joinTexts(sections.map((section) => section.nextSteps)),
    sdgTargets: [...new Set(sections.flatMap((section) => section.sdgTargets))],
    evidence,
    updatedAt: sections
      .map((section) => section.updatedAt)
      .reduce((latest, value) => (value > latest ? value : latest)),
  };
}
