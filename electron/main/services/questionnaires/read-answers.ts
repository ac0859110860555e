import type { Language } from '@/shared/language';
import { readPartContent, type PhotoDraft } from '../word-import/map/part-content';
import { cellText, measureRowsOfTable, type MeasureDraft } from '../word-import/map/tables';
import { type WordBlock, type WordDocument, type WordParagraph, type WordTable } from '../word-import/read/word-blocks';
import { questionnaireLabels } from './document/questionnaire-labels';
import {
  answerBookmark,
  answerRefOf,
  QUESTIONNAIRE_PROPERTY,
  questionnaireIdOfBookmark,
  questionnaireIdOfText,
} from './questionnaire-ids';
import type { QuestionnaireRecord, StoredQuestion } from './questionnaire-store';

/** A returned measure row: `sent` is the row number of the "#" column (1-based), null for a new row. */
export interface ReturnedMeasure {
  readonly sent: number | null;
  readonly draft: MeasureDraft;
}

export type FoundAnswer =
  | { readonly question: StoredQuestion; readonly found: false }
  | {
      readonly question: StoredQuestion;
      readonly found: true;
      readonly text: string;
      readonly measures: readonly ReturnedMeasure[];
      readonly photos: readonly PhotoDraft[];
    };

/** The questionnaire's id: the document property, else the cover's bookmark, else its reference line. */
export function questionnaireIdOf(document: WordDocument): string | null {
  const property = document.properties[QUESTIONNAIRE_PROPERTY]?.trim().toLowerCase();
  if (property && /^[0-9a-f-]{36}$/.test(property)) return property;
  for (const paragraph of paragraphsOf(document.blocks)) {
    for (const bookmark of paragraph.bookmarks) {
      const id = questionnaireIdOfBookmark(bookmark);
      if (id) return id;
    }
    const id = questionnaireIdOfText(paragraph.text);
    if (id) return id;
  }
  return null;
}

/** Every answer area of the record, found by its bookmark or its reference line; never by guessing. */
export function readAnswers(document: WordDocument, record: QuestionnaireRecord): FoundAnswer[] {
  const notes = new Set(noteTexts(record.language));
  return record.questions.map((question): FoundAnswer => {
    const bookmark = answerBookmark(record.id, question.index);
    const anchor =
      locate(document.blocks, (paragraph) => paragraph.bookmarks.includes(bookmark)) ??
      locate(document.blocks, (paragraph) => {
        const ref = answerRefOf(paragraph.text);
        return ref?.featureId === question.featureId && ref.field === question.field;
      });
    if (!anchor) return { question, found: false };
    const region = regionAfter(anchor.container, anchor.index, notes);
    if (question.field === 'measures') {
      const table = region.find((block): block is WordTable => block.kind === 'table');
      return { question, found: true, text: '', measures: table ? returnedMeasures(table) : [], photos: [] };
    }
    const only =
      region.length === 1 &&
      region[0]?.kind === 'table' &&
      region[0].rows.length === 1 &&
      region[0].rows[0]?.length === 1
        ? region[0].rows[0][0]
        : undefined;
    const content = readPartContent(only ? only.blocks : region);
    return {
      question,
      found: true,
      text: content.textBesideMeasures,
      measures: content.measures.map((draft) => ({ sent: null, draft })),
      photos: content.photos,
    };
  });
}

/**
 * What follows a reference line: the box (the first table, past our own grey notes and empty
 * lines), or, if the department removed the box, the text up to the next reference line or heading.
 */
function regionAfter(container: readonly WordBlock[], index: number, notes: ReadonlySet<string>): WordBlock[] {
  let at = index + 1;
  while (at < container.length) {
    const block = container[at];
    if (
      block?.kind !== 'paragraph' ||
      block.pictures.length > 0 ||
      (block.text.trim() && !notes.has(sameSpaces(block.text)))
    )
      break;
    at++;
  }
  const first = container[at];
  if (first?.kind === 'table') return [first];
  const region: WordBlock[] = [];
  for (; at < container.length; at++) {
    const block = container[at];
    if (!block) break;
    if (
      block.kind === 'paragraph' &&
      (block.headingLevel !== null || answerRefOf(block.text) || questionnaireIdOfText(block.text))
    )
      break;
    region.push(block);
  }
  return region;
}

function returnedMeasures(table: WordTable): ReturnedMeasure[] {
  const numberColumn = table.rows[0]?.findIndex((_, column) => cellText(table, 0, column) === '#') ?? -1;
  return (measureRowsOfTable(table) ?? []).map(({ row, draft }) => {
    const number = numberColumn >= 0 ? Number.parseInt(cellText(table, row, numberColumn), 10) : Number.NaN;
    return { sent: Number.isInteger(number) && number > 0 ? number : null, draft };
  });
}

function noteTexts(language: Language): string[] {
  const labels = questionnaireLabels(language);
  return [labels.currentTextNote, labels.emptyNote, labels.measuresNote].map(sameSpaces);
}

/** Notes compared space-blind: a questionnaire sent before the French no-break spaces still reads. */
function sameSpaces(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

function locate(
  blocks: readonly WordBlock[],
  wanted: (paragraph: WordParagraph) => boolean,
): { container: readonly WordBlock[]; index: number } | null {
  for (const [index, block] of blocks.entries()) {
    if (block.kind === 'paragraph') {
      if (wanted(block)) return { container: blocks, index };
      continue;
    }
    for (const row of block.rows) {
      for (const cell of row) {
        const found = locate(cell.blocks, wanted);
        if (found) return found;
      }
    }
  }
  return null;
}

function* paragraphsOf(blocks: readonly WordBlock[]): Generator<WordParagraph> {
  for (const block of blocks) {
    if (block.kind === 'paragraph') yield block;
    else for (const row of block.rows) for (const cell of row) yield* paragraphsOf(cell.blocks);
  }
}
