import { LineRuleType, type IStylesOptions } from 'docx';

/**
 * Arial, because LibreOffice draws it with the metric-identical Liberation Sans and the page
 * estimator knows its widths: the table of contents' page numbers then match every renderer.
 */
export const FONT = 'Arial';
export const ACCENT = '1F4E79';
const MUTED = '595959';

/**
 * Every look is a named style (Heading 1–3, Normal, Caption, Title and our table text), set
 * once here, so an officer can restyle the whole report from Word's Styles pane.
 */
export function documentStyles(proofingLanguage: string): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: 21, language: { value: proofingLanguage } },
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { font: FONT, size: 52, bold: true, color: ACCENT }, paragraph: { spacing: { after: 240 } } },
      heading1: {
        run: { font: FONT, size: 34, bold: true, color: ACCENT },
        paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, keepLines: true },
      },
      heading2: {
        run: { font: FONT, size: 28, bold: true, color: ACCENT },
        paragraph: { spacing: { before: 280, after: 120 }, keepNext: true, keepLines: true },
      },
      heading3: {
        run: { font: FONT, size: 23, bold: true, color: '262626' },
        paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true },
      },
      caption: {
        run: { font: FONT, size: 18, italics: true, color: MUTED },
        paragraph: { spacing: { before: 60, after: 200 } },
      },
    },
    paragraphStyles: [
      {
        id: 'FieldLabel',
        name: 'Field Label',
        basedOn: 'Normal',
        next: 'Normal',
        run: { bold: true, size: 20, color: MUTED },
        paragraph: { spacing: { before: 120, after: 40 }, keepNext: true },
      },
      {
        id: 'TableText',
        name: 'Table Text',
        basedOn: 'Normal',
        run: { size: 18 },
        paragraph: { spacing: { before: 40, after: 40, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: 'CoverLine',
        name: 'Cover Line',
        basedOn: 'Normal',
        run: { size: 24, color: '262626' },
        paragraph: { spacing: { after: 80 } },
      },
    ],
  };
}
