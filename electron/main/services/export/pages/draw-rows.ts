import type { PageItem } from '@/shared/pages/page-model';
import { breakLines, type Line } from '../page-layout/break-lines';
import { TWIPS_PER_POINT, type ParagraphBlock } from '../page-layout/layout-blocks';
import { walkCell } from '../page-layout/paginate';
import type { PlacedRow } from '../page-layout/placements';
import { drawLines } from './draw-lines';

const BLACK = '000000';

/**
 * Draws one placed table row: each cell's shading, its text laid out as the pagination
 * measured it (the same cell walk, the same line breaks), and the row's borders.
 * `blockOf` numbers each cell paragraph, so a PDF can tag it as a table cell.
 */
export function drawRow(
  placed: PlacedRow,
  left: number,
  pageNumbers: ReadonlyMap<string, string>,
  blockOf: (paragraph: ParagraphBlock, column: number) => number,
  items: PageItem[],
): void {
  const { table } = placed;
  const row = table.rows[placed.row];
  if (!row) return;
  const border = table.borderWidth;
  const color = table.borderColor ?? BLACK;
  const linesOf = (paragraph: ParagraphBlock, width: number): Line[] =>
    breakLines(paragraph, width, pageNumbers, { pieces: true });
  let x = left;
  const edges = [x];
  row.cells.forEach((cell, column) => {
    const width = cell.width / TWIPS_PER_POINT;
    if (cell.fill) items.push({ kind: 'box', x, y: placed.y, width, height: placed.height, fill: cell.fill });
    const textColumn = {
      left: x + cell.margins.left / TWIPS_PER_POINT,
      width: (cell.width - cell.margins.left - cell.margins.right) / TWIPS_PER_POINT,
    };
    walkCell(cell, linesOf, (paragraph, lines, top) => {
      drawLines(
        paragraph,
        lines,
        0,
        lines.length,
        textColumn,
        placed.y + border + top,
        { block: blockOf(paragraph, column), pageNumbers },
        items,
      );
    });
    x += width;
    edges.push(x);
  });
  if (border <= 0) return;
  const bottom = placed.y + placed.height;
  items.push({
    kind: 'rule',
    x1: left,
    y1: placed.y + border / 2,
    x2: x,
    y2: placed.y + border / 2,
    width: border,
    color,
  });
  items.push({ kind: 'rule', x1: left, y1: bottom - border / 2, x2: x, y2: bottom - border / 2, width: border, color });
  for (const edge of edges)
    items.push({ kind: 'rule', x1: edge, y1: placed.y, x2: edge, y2: bottom, width: border, color });
}
