import type { Profile } from '@/shared/report/schema';
import type { WordBlock, WordParagraph, WordPicture } from '../read/word-blocks';
import { linesToText, type TextLine } from './officer-text';
import { measuresOfTable, profileOfTable, tableAsText, type MeasureDraft } from './tables';
import {
  captionText,
  fieldOfLabel,
  IMPORT_TEXT_FIELDS,
  isEmptyFeatureMark,
  isMeasuresChartCaption,
  looksLikeCaption,
  notApplicableReasonOf,
  profileFieldOf,
  type ImportTextField,
  type LabelledField,
} from './vocabulary';

export interface PhotoDraft {
  readonly picture: WordPicture;
  readonly caption: string;
}

/** What one part of the document holds, read both ways: split by its field labels, and as one text. */
export interface PartContent {
  /** Text by the field labels inside the part; text before any label is the narrative. */
  readonly byField: Readonly<Partial<Record<ImportTextField, string>>>;
  /** Every line of the part (labels and tables included), for a part sent to the annex. */
  readonly allText: string;
  /** The same without the measures tables, which become rows: a department's answer as one text. */
  readonly textBesideMeasures: string;
  readonly labelled: boolean;
  readonly measures: readonly MeasureDraft[];
  readonly sdgTargets: readonly string[];
  readonly photos: readonly PhotoDraft[];
  /** "Not applicable: reason" in any language; '' when no reason was given. */
  readonly notApplicable: string | null;
  readonly profile: Partial<Profile>;
}

const isTextField = (field: LabelledField | null): field is ImportTextField =>
  (IMPORT_TEXT_FIELDS as readonly string[]).includes(field ?? '');
const SDG_TARGET = /\b\d{1,2}\.(?:\d{1,2}|[a-z])\b/g;
const INLINE_LABEL = /^([^:\n]{2,40}):\s+(\S[\s\S]*)$/u;

/** Reads a part's blocks: labels switch the field, pictures take the caption under them, measures tables become rows. */
export function readPartContent(blocks: readonly WordBlock[]): PartContent {
  const state = new ContentState();
  walk(blocks, state);
  return state.result();
}

class ContentState {
  field: LabelledField | null = null;
  lastTextField: ImportTextField = 'narrative';
  labelled = false;
  readonly lines = new Map<ImportTextField, TextLine[]>();
  readonly allLines: TextLine[] = [];
  readonly measureLines = new Set<TextLine>();
  readonly measures: MeasureDraft[] = [];
  readonly sdgTargets = new Set<string>();
  readonly photos: PhotoDraft[] = [];
  notApplicable: string | null = null;
  readonly profile: Partial<Profile> = {};

  addText(line: TextLine, field: ImportTextField = isTextField(this.field) ? this.field : this.lastTextField): void {
    this.lastTextField = field;
    const list = this.lines.get(field) ?? [];
    list.push(line);
    this.lines.set(field, list);
    this.allLines.push(line);
  }

  result(): PartContent {
    const byField: Partial<Record<ImportTextField, string>> = {};
    for (const [field, lines] of this.lines) {
      const text = linesToText(lines);
      if (text) byField[field] = text;
    }
    const besideMeasures = this.allLines.filter((line) => !this.measureLines.has(line));
    return {
      byField,
      allText: linesToText(this.allLines),
      textBesideMeasures: linesToText(besideMeasures),
      labelled: this.labelled,
      measures: this.measures,
      sdgTargets: [...this.sdgTargets],
      photos: this.photos,
      notApplicable: this.notApplicable,
      profile: this.profile,
    };
  }
}

function walk(blocks: readonly WordBlock[], state: ContentState): void {
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    if (!block) continue;
    if (block.kind === 'table') {
      const rows = measuresOfTable(block);
      const profile = rows ? null : profileOfTable(block);
      if (rows) state.measures.push(...rows);
      if (profile) Object.assign(state.profile, profile);
      const only = block.rows.length === 1 && block.rows[0]?.length === 1 ? block.rows[0][0] : undefined;
      // A one-cell table is a box around text (a department's answer area): read what is inside.
      if (only) walk(only.blocks, state);
      else if (!rows && !profile) state.addText({ text: tableAsText(block), list: null });
      else {
        const line = { text: tableAsText(block), list: null };
        state.allLines.push(line);
        if (rows) state.measureLines.add(line);
      }
      continue;
    }
    if (block.pictures.length > 0) {
      const next = blocks[index + 1];
      const caption =
        next?.kind === 'paragraph' &&
        next.pictures.length === 0 &&
        (next.role === 'caption' || looksLikeCaption(next.text))
          ? captionText(next.text)
          : null;
      block.pictures.forEach((picture, at) => {
        const text = (at === block.pictures.length - 1 ? caption : null) ?? picture.altText;
        // Ripoti's own measures chart: its numbers come back from the table above it.
        if (!isMeasuresChartCaption(text)) state.photos.push({ picture, caption: text });
      });
      if (caption !== null) index++;
    }
    readParagraph(block, state);
  }
}

function readParagraph(paragraph: WordParagraph, state: ContentState): void {
  const text = paragraph.text.trim();
  if (!text || isEmptyFeatureMark(text)) return;
  const label = paragraph.role === 'field-label' || text.length <= 60 ? fieldOfLabel(text) : null;
  if (label) {
    state.field = label;
    state.labelled = true;
    state.allLines.push({ text, list: null });
    return;
  }
  const reason = notApplicableReasonOf(text);
  if (reason !== null) {
    state.notApplicable = reason;
    state.allLines.push({ text, list: null });
    return;
  }
  const inline = INLINE_LABEL.exec(text);
  const inlineField = inline?.[1] ? fieldOfLabel(inline[1]) : null;
  const profileField = inline?.[1] ? profileFieldOf(inline[1]) : null;
  if (profileField && inline?.[2]) state.profile[profileField] = inline[2].trim();
  if (state.field === 'sdgTargets' || inlineField === 'sdgTargets') {
    for (const target of text.match(SDG_TARGET) ?? []) state.sdgTargets.add(target);
    state.allLines.push({ text, list: null });
    return;
  }
  if (isTextField(inlineField) && inline?.[2]) {
    state.field = inlineField;
    state.labelled = true;
    state.addText({ text: inline[2], list: paragraph.list }, inlineField);
    return;
  }
  state.addText({ text: paragraph.text, list: paragraph.list });
}
