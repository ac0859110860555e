import {
  AlignmentType,
  HeadingLevel,
  ImageRun,
  PageBreak,
  Paragraph,
  TableOfContents,
  TextRun,
  type Table,
} from 'docx';
import type { Framework, ProfileField } from '@/shared/framework/schema';
import { localize, type Language } from '@/shared/language';
import { computeCompleteness } from '@/shared/report/completeness';
import { formatFigure } from '@/shared/report/figures';
import type { Report } from '@/shared/report/schema';
import type { PreparedImage } from '../images/prepare-image';
import { formatDate, formatMonth, formatPartialDate, labelled, type ReportLabels } from '../labels/report-labels';
import { sanitizeLine } from '../sanitize-text';
import { ACCENT } from './document-styles';
import { styledRun } from './styled-run';
import { dataTable, labelValueTable } from './tables';

type Block = Paragraph | Table | TableOfContents;

/** The cover: title, place, cycle, focal point, date and an optional photo or logo. */
export function coverPage(
  report: Report,
  labels: ReportLabels,
  exportedOn: string,
  draft: boolean,
  cover: PreparedImage | undefined,
): Block[] {
  const { profile, period } = report;
  const place = [...new Set([profile.city, profile.county].map(sanitizeLine).filter(Boolean))].join(', ');
  const line = (text: string, bold = false): Paragraph =>
    new Paragraph({ style: 'CoverLine', children: [styledRun({ text, bold })] });
  const blocks: Block[] = [new Paragraph({ spacing: { before: 1800 }, children: [] })];
  if (cover) {
    const scale = Math.min(1, 220 / cover.height, 420 / cover.width);
    blocks.push(
      new Paragraph({
        children: [
          new ImageRun({
            type: cover.kind,
            data: cover.data,
            transformation: { width: Math.round(cover.width * scale), height: Math.round(cover.height * scale) },
            altText: { name: 'Cover', description: place, title: place },
          }),
        ],
      }),
    );
  }
  blocks.push(
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(sanitizeLine(report.title))] }),
    new Paragraph({
      spacing: { after: 480 },
      children: [new TextRun({ text: labels.coverSubtitle, size: 26, color: ACCENT })],
    }),
  );
  if (place) blocks.push(line(place, true));
  if (profile.country.trim()) blocks.push(line(sanitizeLine(profile.country)));
  blocks.push(
    line(
      labelled(
        labels,
        labels.reportingPeriod,
        `${formatMonth(labels, period.startMonth)} – ${formatMonth(labels, period.endMonth)}`,
      ),
    ),
  );
  blocks.push(line(labelled(labels, labels.dueDate, formatDate(labels, period.dueDate))));
  const preparer = [profile.focalPointName, profile.focalPointEmail].map(sanitizeLine).filter(Boolean).join(', ');
  if (preparer) blocks.push(line(labelled(labels, labels.preparedBy, preparer)));
  blocks.push(line(labelled(labels, labels.exportedOn, exportedOn)));
  if (draft)
    blocks.push(
      new Paragraph({
        spacing: { before: 480 },
        children: [styledRun({ text: labels.draftMark, bold: true, size: 28, color: 'C00000' })],
      }),
    );
  blocks.push(new Paragraph({ children: [new PageBreak()] }));
  return blocks;
}

/** Contents: filled with real page numbers by the page estimator, updated again by Word. */
export function contents(labels: ReportLabels): Block[] {
  return [
    new Paragraph({
      style: 'Title',
      alignment: AlignmentType.LEFT,
      children: [new TextRun({ text: labels.contents, size: 36 })],
    }),
    new TableOfContents(labels.contents, { hyperlink: true, headingStyleRange: '1-3' }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/**
 * The profile as the framework asks it: one row per question answered (and every required
 * one), labelled in the report language; figures and dates written as the report language
 * writes them.
 */
export function profileSection(
  report: Report,
  framework: Framework,
  labels: ReportLabels,
  language: Language,
): Block[] {
  const value = (field: ProfileField): string => {
    const answer = report.profile[field.id] ?? '';
    if (answer.trim() === '') return answer;
    if (field.kind === 'figure') return formatFigure(answer, language);
    return field.kind === 'partial-date' ? formatPartialDate(labels, answer) : answer;
  };
  // An optional question left unanswered is not a blank line in the copy UNESCO reads; a
  // required one is always there, so a gap shows.
  const asked = framework.profile.filter((field) => field.required || (report.profile[field.id] ?? '').trim() !== '');
  const rows = asked.map((field) => [localize(field.label, language), value(field)] as const);
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(labels.profileHeading)] }),
    labelValueTable(rows),
  ];
}

/**
 * One row per area: how many Key Features are complete, by the same rule as the app's form,
 * Review and final check (shared/report/section-completeness.ts), so the Word file and the
 * app never disagree about "2 / 4".
 */
export function overviewSection(
  report: Report,
  framework: Framework,
  language: Language,
  labels: ReportLabels,
  areaIds: ReadonlySet<string> | undefined,
): Block[] {
  const completeness = computeCompleteness(report, framework);
  const rows = framework.tiers.flatMap((tier) =>
    tier.areas
      .filter((area) => !areaIds || areaIds.has(area.id))
      .map((area) => {
        const done = completeness.areas[area.id]?.done ?? 0;
        const status = done === area.features.length ? labels.overviewComplete : labels.overviewIncomplete;
        return [`${area.id}  ${localize(area.title, language)}`, `${done} / ${area.features.length}`, status];
      }),
  );
  const columns = labels.overviewColumns;
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(labels.overviewHeading)] }),
    dataTable([columns.area, columns.done, columns.status], rows, [62, 22, 16]),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}
