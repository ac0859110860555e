import {
  Bookmark,
  BorderStyle,
  Document,
  HeadingLevel,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { findFeature } from '@/shared/framework/load';
import type { Framework } from '@/shared/framework/schema';
import { localize } from '@/shared/language';
import type { MeasureRow, Report } from '@/shared/report/schema';
import { documentStyles } from '../../export/document/document-styles';
import { officerTextParagraphs } from '../../export/document/officer-text';
import { pageProperties } from '../../export/document/page-frame';
import { styledRun } from '../../export/document/styled-run';
import { dataTable } from '../../export/document/tables';
import { reportLabels } from '../../export/labels/report-labels';
import { sanitizeLine } from '../../export/sanitize-text';
import {
  answerBookmark,
  answerRefLine,
  QUESTIONNAIRE_PROPERTY,
  questionnaireBookmark,
  questionnaireRefLine,
} from '../questionnaire-ids';
import type { StoredQuestion } from '../questionnaire-store';
import { questionnaireLabels } from './questionnaire-labels';

export interface QuestionnaireInput {
  readonly id: string;
  readonly report: Report;
  readonly framework: Framework;
  readonly department: string;
  readonly dueDate: string;
  readonly questions: readonly StoredQuestion[];
}

const GREY = '7F7F7F';
const BOX_BORDER = { style: BorderStyle.SINGLE, size: 8, color: '1F4E79' } as const;
/** Empty rows under the current measures, for the department's new indicators. */
const SPARE_MEASURE_ROWS = 3;

/**
 * The questionnaire a department fills in Word: a cover with instructions in the report's
 * language, then each chosen Key Feature with its guidance and, per field, a reference line
 * (visible, with a bookmark) and a bordered box holding the report's current text. Built
 * with the export's styles and text helpers, so it looks like the report it feeds.
 */
export function buildQuestionnaire(input: QuestionnaireInput): Document {
  const { report, framework } = input;
  const language = report.language;
  const labels = questionnaireLabels(language);
  const reportWords = reportLabels(language);
  const contact = [report.profile.focalPointEmail, report.profile.focalPointPhone].filter(Boolean).join(', ');
  const body: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun(sanitizeLine(labels.title(input.department)))],
    }),
    new Paragraph(sanitizeLine(labels.forReport(report.title, report.profile.county))),
    new Paragraph({ children: [styledRun({ text: labels.replyBy(input.dueDate), bold: true })] }),
    ...(report.profile.focalPointName
      ? [new Paragraph(sanitizeLine(labels.sentBy(report.profile.focalPointName, contact)))]
      : []),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(labels.howToAnswer)] }),
    ...labels.instructions.map((text) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(text)] })),
    referenceLine(questionnaireRefLine(input.id), questionnaireBookmark(input.id)),
  ];
  let lastFeature: string | null = null;
  for (const question of input.questions) {
    const place = findFeature(framework, question.featureId);
    if (!place) continue;
    if (question.featureId !== lastFeature) {
      lastFeature = question.featureId;
      body.push(
        new Paragraph({ children: [new PageBreak()] }),
        new Paragraph({
          heading: HeadingLevel.HEADING_1,
          children: [new TextRun(`${question.featureId}  ${sanitizeLine(localize(place.feature.title, language))}`)],
        }),
      );
      const measures = place.feature.suggestedMeasures.map((measure) => localize(measure, language));
      if (measures.length > 0)
        body.push(
          new Paragraph({ children: [styledRun({ text: labels.usefulFigures, bold: true })] }),
          ...measures.map(
            (text) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(sanitizeLine(text))] }),
          ),
        );
    }
    const words = labels.fields[question.field];
    const limit = wordLimitOf(framework, question.field);
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(words.question)] }));
    body.push(
      new Paragraph({
        children: [
          styledRun({
            text: [words.hint, limit ? labels.wordLimit(limit) : ''].filter(Boolean).join(' '),
            italics: true,
            color: GREY,
          }),
        ],
      }),
    );
    body.push(
      referenceLine(answerRefLine(question.featureId, question.field), answerBookmark(input.id, question.index)),
    );
    if (typeof question.base === 'string') {
      body.push(
        new Paragraph({
          children: [
            styledRun({
              text: question.base.trim() ? labels.currentTextNote : labels.emptyNote,
              size: 18,
              color: GREY,
            }),
          ],
        }),
        answerBox(question.base),
      );
    } else {
      body.push(
        new Paragraph({ children: [styledRun({ text: labels.measuresNote, size: 18, color: GREY })] }),
        measuresTable(question.base, reportWords.measureColumns),
      );
    }
  }
  return new Document({
    title: sanitizeLine(labels.title(input.department)),
    creator: sanitizeLine(report.profile.focalPointName) || 'Ripoti',
    lastModifiedBy: 'Ripoti',
    customProperties: [{ name: QUESTIONNAIRE_PROPERTY, value: input.id }],
    styles: documentStyles(reportWords.proofingLanguage),
    sections: [{ properties: pageProperties('a4'), children: body }],
  });
}

function referenceLine(text: string, bookmark: string): Paragraph {
  return new Paragraph({
    keepNext: true,
    children: [new Bookmark({ id: bookmark, children: [styledRun({ text, size: 16, color: GREY })] })],
  });
}

/** A one-cell bordered table: the area the department writes in, pre-filled with the current text. */
function answerBox(text: string): Table {
  const paragraphs = officerTextParagraphs(text);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: BOX_BORDER,
      bottom: BOX_BORDER,
      left: BOX_BORDER,
      right: BOX_BORDER,
      insideHorizontal: BOX_BORDER,
      insideVertical: BOX_BORDER,
    },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            margins: { top: 120, bottom: 120, left: 120, right: 120 },
            children: paragraphs.length > 0 ? paragraphs : [new Paragraph(''), new Paragraph('')],
          }),
        ],
      }),
    ],
  });
}

/** The measures with a first column "#" numbering the rows sent, so each returned row maps back to its row. */
function measuresTable(
  rows: readonly MeasureRow[],
  columns: { indicator: string; unit: string; baseline: string; current: string; target: string; source: string },
): Table {
  const header = [
    '#',
    columns.indicator,
    columns.unit,
    columns.baseline,
    columns.current,
    columns.target,
    columns.source,
  ];
  const filled = rows.map((row, index) => [
    String(index + 1),
    row.indicator,
    row.unit,
    row.baseline,
    row.current,
    row.target,
    row.source,
  ]);
  const spare = Array.from({ length: SPARE_MEASURE_ROWS }, () => ['', '', '', '', '', '', '']);
  return dataTable(header, [...filled, ...spare], [5, 28, 9, 13, 13, 13, 19]);
}

function wordLimitOf(framework: Framework, field: StoredQuestion['field']): number | null {
  switch (field) {
    case 'narrative':
      return framework.limits.narrativeWords;
    case 'goodPractice':
      return framework.limits.goodPracticeWords;
    case 'challenges':
      return framework.limits.challengesWords;
    case 'nextSteps':
      return framework.limits.nextStepsWords;
    default:
      return null;
  }
}
