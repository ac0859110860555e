import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  TextRun,
  type ISectionPropertiesOptions,
} from 'docx';
import type { ExportOptions } from '@/shared/ipc/channels/export';
import type { ReportLabels } from '../labels/report-labels';
import { styledRun } from './styled-run';

const CM = 567; // twips per centimetre

/** Page sizes in twips; A4 is what Kenyan county offices print on, Letter for partners who ask. */
const PAPER = {
  a4: { width: 11906, height: 16838 },
  letter: { width: 12240, height: 15840 },
} as const;

export const MARGIN = Math.round(2.2 * CM);

export function pageProperties(paper: ExportOptions['paper']): ISectionPropertiesOptions {
  return {
    page: {
      size: PAPER[paper],
      margin: {
        top: MARGIN,
        bottom: MARGIN,
        left: MARGIN,
        right: MARGIN,
        header: Math.round(1 * CM),
        footer: Math.round(1 * CM),
      },
    },
  };
}

/** Width of the text column in pixels at 96 dpi, for scaling photos to the page. */
export function textWidthPixels(paper: ExportOptions['paper']): number {
  return Math.floor(((PAPER[paper].width - 2 * MARGIN) / 1440) * 96);
}

/** Header: county and reporting cycle (and DRAFT on a draft); footer: "Page X of Y". */
export function pageFrame(
  labels: ReportLabels,
  headerText: string,
  draft: boolean,
): { headers: { default: Header }; footers: { default: Footer } } {
  const headerRuns = [new TextRun({ text: headerText, size: 16, color: '595959' })];
  if (draft) headerRuns.push(styledRun({ text: `   ${labels.draftMark}`, size: 16, bold: true, color: 'C00000' }));
  return {
    headers: {
      default: new Header({
        children: [
          new Paragraph({
            children: headerRuns,
            border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF', space: 4 } },
          }),
        ],
      }),
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({
                size: 16,
                color: '595959',
                children: [`${labels.page} `, PageNumber.CURRENT, ` ${labels.of} `, PageNumber.TOTAL_PAGES],
              }),
            ],
          }),
        ],
      }),
    },
  };
}
