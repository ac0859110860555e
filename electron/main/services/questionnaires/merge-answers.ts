import type { QuestionRef } from '@/shared/ipc/channels/questionnaires';
import type { MeasureRow, Report } from '@/shared/report/schema';
import { isJsonObject, jsonEqual, type JsonObject, type JsonValue } from '@/shared/sync/json-value';
import { conflictKey } from '@/shared/sync/resolve-conflict';
import { threeWayMerge } from '@/shared/sync/three-way-merge';
import type { StoredConflict, StoredQuestion } from './questionnaire-store';
import type { FoundAnswer, ReturnedMeasure } from './read-answers';

export interface MergedAnswers {
  /** The report's sections with every answer merged in (at a conflict, the officer's value stays). */
  readonly sections: Report['sections'];
  readonly changed: QuestionRef[];
  readonly unchanged: QuestionRef[];
  readonly conflicts: StoredConflict[];
  /** The fields that hold those conflicts. */
  readonly conflictRefs: QuestionRef[];
  readonly notFound: QuestionRef[];
}

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();
const refOf = (question: StoredQuestion): QuestionRef => ({ featureId: question.featureId, field: question.field });

/**
 * The department's answers merged with the existing three-way merge, the version sent being
 * the base: a field only they changed is taken, a field only the officer changed is kept, a
 * field both changed differently is a conflict. An empty box, or a box whose text differs from
 * what was sent only in spacing, counts as "no change" (Word re-saves whitespace its own way).
 */
export function mergeAnswers(
  report: Report,
  answers: readonly FoundAnswer[],
  newRowId: (n: number) => string,
): MergedAnswers {
  const base: JsonObject = {};
  const mine: JsonObject = {};
  const theirs: JsonObject = {};
  const notFound: QuestionRef[] = [];
  let newRows = 0;
  for (const answer of answers) {
    const { question } = answer;
    const section = report.sections[question.featureId];
    if (!section) continue;
    const put = (into: JsonObject, value: unknown) => {
      const slot = isJsonObject(into[question.featureId]) ? (into[question.featureId] as JsonObject) : {};
      slot[question.field] = JSON.parse(JSON.stringify(value)) as JsonValue;
      into[question.featureId] = slot;
    };
    put(base, question.base);
    put(mine, section[question.field]);
    if (!answer.found) {
      notFound.push(refOf(question));
      put(theirs, question.base);
    } else if (typeof question.base === 'string') {
      put(theirs, !flat(answer.text) || flat(answer.text) === flat(question.base) ? question.base : answer.text);
    } else {
      const rows = returnedRows(question.base, answer.measures, () => newRowId(++newRows));
      put(theirs, rows ?? question.base);
    }
  }
  const { merged, conflicts } = threeWayMerge(base, mine, theirs);
  const sections = { ...report.sections };
  const changed: QuestionRef[] = [];
  const unchanged: QuestionRef[] = [];
  const conflictRefs: QuestionRef[] = [];
  const conflicted = new Set(conflicts.map((conflict) => `${conflict.path[0] ?? ''}/${conflict.path[1] ?? ''}`));
  for (const answer of answers) {
    const { featureId, field } = answer.question;
    const section = sections[featureId];
    if (!section || !answer.found) continue;
    const value = isJsonObject(merged) && isJsonObject(merged[featureId]) ? merged[featureId][field] : undefined;
    const differs = value !== undefined && !jsonEqual(value, JSON.parse(JSON.stringify(section[field])) as JsonValue);
    // A measures table with one conflicting cell still takes the department's other rows.
    if (differs) sections[featureId] = { ...section, [field]: value };
    if (conflicted.has(`${featureId}/${field}`)) conflictRefs.push(refOf(answer.question));
    else (differs ? changed : unchanged).push(refOf(answer.question));
  }
  return {
    sections,
    changed,
    unchanged,
    conflictRefs,
    conflicts: conflicts.map((conflict) => {
      const path = ['sections', ...conflict.path];
      return { key: conflictKey({ path }), path, base: conflict.base, mine: conflict.mine, theirs: conflict.theirs };
    }),
    notFound,
  };
}

/**
 * The measures as returned: a row numbered in the "#" column is the row sent under that
 * number (its id kept, so the merge compares it cell by cell); any other row is new. No table
 * at all means no answer, not "every row deleted".
 */
function returnedRows(
  sent: readonly MeasureRow[],
  returned: readonly ReturnedMeasure[],
  newId: () => string,
): MeasureRow[] | null {
  if (returned.length === 0) return null;
  const rows: MeasureRow[] = [];
  for (const { sent: number, draft } of returned) {
    const original = number !== null ? sent[number - 1] : undefined;
    rows.push(original ? { ...original, ...draft } : { id: newId(), ...draft });
  }
  const same =
    rows.length === sent.length &&
    rows.every((row, index) =>
      jsonEqual(JSON.parse(JSON.stringify(row)) as JsonValue, JSON.parse(JSON.stringify(sent[index])) as JsonValue),
    );
  return same ? [...sent] : rows;
}
