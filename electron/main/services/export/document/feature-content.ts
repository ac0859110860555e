import { HeadingLevel, Paragraph, TextRun, type Table } from 'docx';
import type { KeyFeature } from '@/shared/framework/schema';
import { localize, type Language } from '@/shared/language';
import { formatFigure } from '@/shared/report/figures';
import type { Section } from '@/shared/report/schema';
import { answeredMeasures } from '@/shared/report/section-completeness';
import type { ChartPicture } from '../charts/report-charts';
import type { PreparedImage } from '../images/prepare-image';
import type { ReportLabels } from '../labels/report-labels';
import { sanitizeLine, sanitizeText } from '../sanitize-text';
import { figure } from './figure';
import { styledRun } from './styled-run';
import { officerTextParagraphs } from './officer-text';
import { isSectionEmpty } from './section-state';
import { dataTable } from './tables';

export interface FeatureContext {
  readonly labels: ReportLabels;
  readonly language: Language;
  readonly images: ReadonlyMap<string, PreparedImage>;
  readonly includePhotos: boolean;
  readonly imageWidth: number;
  /** Figures numbered so far, across the whole report. */
  readonly figures: { count: number };
  /** The chart under each measures table that has numbers (issue #18). */
  readonly charts?: ReadonlyMap<Section, ChartPicture>;
}

const TEXT_FIELDS = ['narrative', 'actions', 'goodPractice', 'challenges', 'nextSteps'] as const;
const MEASURE_WIDTHS = [30, 10, 13, 13, 13, 21];

/** One Key Feature: its heading, then each answer the officer gave, in the form's order. */
export function featureContent(
  feature: KeyFeature,
  section: Section | undefined,
  context: FeatureContext,
): (Paragraph | Table)[] {
  const heading = new Paragraph({
    heading: HeadingLevel.HEADING_3,
    children: [new TextRun(`${feature.id}  ${sanitizeLine(localize(feature.title, context.language))}`)],
  });
  return [heading, ...sectionBody(section, context)];
}

/** The answers of one section; also used for Key Features archived from an older framework. */
export function sectionBody(section: Section | undefined, context: FeatureContext): (Paragraph | Table)[] {
  const { labels } = context;
  if (!section || isSectionEmpty(section)) {
    return [new Paragraph({ children: [styledRun({ text: labels.emptyFeature, italics: true, color: 'C00000' })] })];
  }
  if (section.status === 'not-applicable') {
    const reason = sanitizeText(section.notApplicableReason).trim() || labels.notApplicableNoReason;
    return [
      new Paragraph({
        children: [styledRun({ text: `${labels.notApplicable}${labels.colon}`, bold: true }), new TextRun(reason)],
      }),
    ];
  }
  const blocks: (Paragraph | Table)[] = [];
  const label = (text: string): Paragraph => new Paragraph({ style: 'FieldLabel', children: [new TextRun(text)] });
  for (const field of TEXT_FIELDS.slice(0, 2)) appendText(blocks, label(labels.fields[field]), section[field]);
  const measures = answeredMeasures(section);
  if (measures.length > 0) {
    const columns = labels.measureColumns;
    // Figures are stored in one form no language misreads; the document writes them its own way.
    const written = (value: string) => formatFigure(value, context.language);
    blocks.push(label(labels.fields.measures));
    blocks.push(
      dataTable(
        [columns.indicator, columns.unit, columns.baseline, columns.current, columns.target, columns.source],
        measures.map((row) => [
          row.indicator,
          row.unit,
          written(row.baseline),
          written(row.current),
          written(row.target),
          row.source,
        ]),
        MEASURE_WIDTHS,
      ),
    );
    const chart = context.charts?.get(section);
    if (chart)
      blocks.push(
        ...figure(
          { kind: 'png', ...chart },
          chart.caption,
          labels.figure,
          context.imageWidth,
          ++context.figures.count,
          { colon: labels.colon, description: chart.description },
        ),
      );
  }
  for (const field of TEXT_FIELDS.slice(2)) appendText(blocks, label(labels.fields[field]), section[field]);
  if (section.sdgTargets.length > 0) {
    blocks.push(label(labels.fields.sdgTargets), new Paragraph(section.sdgTargets.join(', ')));
  }
  if (context.includePhotos) {
    const photos = section.evidence.flatMap((evidence) => {
      const image = context.images.get(evidence.attachmentId);
      if (!image) return [];
      context.figures.count += 1;
      return figure(image, evidence.caption, labels.figure, context.imageWidth, context.figures.count, {
        colon: labels.colon,
      });
    });
    if (photos.length > 0) blocks.push(label(labels.fields.evidence), ...photos);
  }
  return blocks;
}

function appendText(blocks: (Paragraph | Table)[], label: Paragraph, text: string): void {
  const paragraphs = officerTextParagraphs(text);
  if (paragraphs.length > 0) blocks.push(label, ...paragraphs);
}
