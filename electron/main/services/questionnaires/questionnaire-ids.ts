import type { QuestionField } from '@/shared/ipc/channels/questionnaires';

/**
 * How a questionnaire and each answer area are recognised when the file comes back, three
 * ways at once so that one survives what a department does to the layout:
 *  - the questionnaire's id as a custom document property (Word and LibreOffice keep it), a
 *    bookmark on the cover, and a grey line "Ripoti ref. questionnaire <id>";
 *  - each answer area after a grey line "Ripoti ref. 2.1.3/challenges" that also carries a
 *    bookmark. The line is visible on purpose: a bookmark alone disappears with its paragraph,
 *    text survives copy and paste, Google Docs and "convert to plain text".
 * The answer is the box (table) right after that line, or, if the box was removed, the text
 * up to the next reference line or heading. Nothing is guessed from titles.
 */
export const QUESTIONNAIRE_PROPERTY = 'RipotiQuestionnaire';

export function questionnaireBookmark(questionnaireId: string): string {
  return `RQ_${questionnaireId.replace(/-/g, '')}`;
}

/** Word limits bookmark names to 40 letters, digits and underscores, starting with a letter. */
export function answerBookmark(questionnaireId: string, index: number): string {
  return `RA_${questionnaireId.replace(/-/g, '').slice(0, 8)}_${index}`;
}

export function questionnaireRefLine(questionnaireId: string): string {
  return `Ripoti ref. questionnaire ${questionnaireId}`;
}

export function answerRefLine(featureId: string, field: QuestionField): string {
  return `Ripoti ref. ${featureId}/${field}`;
}

const QUESTIONNAIRE_REF =
  /Ripoti\s+ref\.?\s*questionnaire\s+([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;
const QUESTIONNAIRE_BOOKMARK = /^RQ_([0-9a-f]{32})$/i;
const ANSWER_REF = /Ripoti\s+ref\.?\s*(\d+(?:\.\d+)+)\s*\/\s*([A-Za-z]+)/;

export function questionnaireIdOfText(text: string): string | null {
  return QUESTIONNAIRE_REF.exec(text)?.[1]?.toLowerCase() ?? null;
}

export function questionnaireIdOfBookmark(name: string): string | null {
  const hex = QUESTIONNAIRE_BOOKMARK.exec(name)?.[1]?.toLowerCase();
  return hex
    ? `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
    : null;
}

export function answerRefOf(text: string): { featureId: string; field: string } | null {
  const match = ANSWER_REF.exec(text);
  return match?.[1] && match[2] ? { featureId: match[1], field: match[2] } : null;
}
