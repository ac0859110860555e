import type { Report, Section } from './schema';

/** A piece of the officer's writing and where it was. */
export interface WrittenText {
  readonly where: string;
  readonly text: string;
}

const SECTION_TEXTS = [
  'narrative',
  'actions',
  'goodPractice',
  'challenges',
  'nextSteps',
  'notApplicableReason',
] as const;
const MEASURE_CELLS = ['indicator', 'unit', 'baseline', 'current', 'target', 'source'] as const;

function sectionTexts(where: string, section: Section): WrittenText[] {
  const texts: WrittenText[] = SECTION_TEXTS.map((field) => ({ where: `${where}.${field}`, text: section[field] }));
  section.measures.forEach((row, index) =>
    MEASURE_CELLS.forEach((cell) => texts.push({ where: `${where}.measures.${index}.${cell}`, text: row[cell] })),
  );
  section.evidence.forEach((reference, index) =>
    texts.push({ where: `${where}.evidence.${index}.caption`, text: reference.caption }),
  );
  return texts;
}

/** Everything the officer wrote in a draft: answers, measures, captions, archived answers and the profile. */
export function writtenTexts(report: Report): WrittenText[] {
  const texts: WrittenText[] = [{ where: 'title', text: report.title }];
  for (const [id, value] of Object.entries(report.profile)) texts.push({ where: `profile.${id}`, text: value });
  for (const [featureId, section] of Object.entries(report.sections))
    texts.push(...sectionTexts(`sections.${featureId}`, section));
  report.archivedSections.forEach((archived, index) =>
    texts.push(...sectionTexts(`archivedSections.${index}`, archived.section)),
  );
  return texts.filter((entry) => entry.text.trim() !== '');
}

/**
 * The texts of `before` that appear nowhere in `after`: what a migration would lose. Merged
 * answers are joined, so a text counts as kept when it is part of any text of the migrated
 * draft; the search runs over one joined string, so a whole report costs one pass per text.
 */
export function lostTexts(before: Report, after: Report): WrittenText[] {
  const corpus = writtenTexts(after)
    .map((entry) => entry.text)
    .join('\u0000');
  return writtenTexts(before).filter((entry) => !corpus.includes(entry.text));
}
