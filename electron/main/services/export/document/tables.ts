import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableRow, WidthType } from 'docx';
import { sanitizeLine } from '../sanitize-text';
import { ACCENT } from './document-styles';
import { styledRun } from './styled-run';

const RULE = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' } as const;
const BORDERS = { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE };

/** One cell of text in the shared "Table Text" style; header cells are shaded and bold. */
export function textCell(
  text: string,
  options: { header?: boolean; widthPercent?: number; bold?: boolean } = {},
): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        style: 'TableText',
        children: [
          styledRun({
            text: sanitizeLine(text),
            bold: options.header || options.bold,
            color: options.header ? 'FFFFFF' : undefined,
          }),
        ],
      }),
    ],
    shading: options.header ? { type: ShadingType.CLEAR, color: 'auto', fill: ACCENT } : undefined,
    width: options.widthPercent ? { size: options.widthPercent, type: WidthType.PERCENTAGE } : undefined,
    margins: { top: 40, bottom: 40, left: 100, right: 100 },
  });
}

/**
 * A full-width table whose first row repeats at the top of every page it runs onto, so a
 * long measures table stays readable when printed.
 */
export function dataTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  widths: readonly number[],
): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: BORDERS,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((text, index) => textCell(text, { header: true, widthPercent: widths[index] })),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((text, index) => textCell(text, { widthPercent: widths[index] })),
          }),
      ),
    ],
  });
}

/** Two columns, label and value: the profile of the city. */
export function labelValueTable(rows: readonly (readonly [string, string])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: BORDERS,
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [textCell(label, { widthPercent: 35, bold: true }), textCell(value, { widthPercent: 65 })],
        }),
    ),
  });
}
