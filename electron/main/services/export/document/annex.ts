import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { Report } from '@/shared/report/schema';
import type { ReportLabels } from '../labels/report-labels';
import { sanitizeLine } from '../sanitize-text';
import { officerTextParagraphs } from './officer-text';

/**
 * The report's annex: parts of imported Word files that the officer kept as "Other / not
 * mapped", each under its own heading, so what came in is in the document and never dropped.
 */
export function annexSection(report: Report, labels: ReportLabels): Paragraph[] {
  const entries = report.annex ?? [];
  if (entries.length === 0) return [];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(labels.annexHeading)] }),
    ...entries.flatMap((entry) => [
      ...(entry.heading
        ? [new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(sanitizeLine(entry.heading))] })]
        : []),
      ...officerTextParagraphs(entry.text),
    ]),
  ];
}
