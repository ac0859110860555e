import type { PageItem } from '@/shared/pages/page-model';
import { breakLines, PAGE_FIELD_NAMES } from '../page-layout/break-lines';
import { TWIPS_PER_POINT, type Block, type PageGeometry } from '../page-layout/layout-blocks';
import { drawLines } from './draw-lines';

/** Header and footer items belong to no block: a PDF marks them as page furniture, not content. */
export const FRAME_BLOCK = -1;

/**
 * Draws a page's header (from the header distance down) and footer (ending at the footer
 * distance from the bottom), with "Page X of Y" filled in for this page, and the header's rule.
 */
export function drawPageFrame(
  header: readonly Block[],
  footer: readonly Block[],
  geometry: PageGeometry,
  page: number,
  pageCount: number,
  items: PageItem[],
): void {
  const sheet = geometry.page;
  if (!sheet) return;
  const numbers = new Map([
    [PAGE_FIELD_NAMES.page, String(page)],
    [PAGE_FIELD_NAMES.pages, String(pageCount)],
  ]);
  const column = { left: sheet.left, width: geometry.textWidth / TWIPS_PER_POINT };
  drawFrameBlocks(header, sheet.header, column, numbers, geometry.textWidth, items);
  const footerHeight = drawFrameBlocks(footer, 0, column, numbers, geometry.textWidth, []);
  drawFrameBlocks(footer, sheet.height - sheet.footer - footerHeight, column, numbers, geometry.textWidth, items);
}

/** Lays the paragraphs out from `top`; returns their height. */
function drawFrameBlocks(
  blocks: readonly Block[],
  top: number,
  column: { left: number; width: number },
  numbers: ReadonlyMap<string, string>,
  textWidth: number,
  items: PageItem[],
): number {
  let y = top;
  let spaceAfter = 0;
  blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph') return;
    const before = block.format.spaceBefore / TWIPS_PER_POINT;
    y += index === 0 ? before : Math.max(spaceAfter, before);
    const lines = breakLines(block, textWidth, numbers, { pieces: true });
    y = drawLines(block, lines, 0, lines.length, column, y, { block: FRAME_BLOCK, pageNumbers: numbers }, items);
    const rule = block.format.borderBottom;
    if (rule) {
      const ruleY = y + rule.space + rule.width / 2;
      items.push({
        kind: 'rule',
        x1: column.left,
        y1: ruleY,
        x2: column.left + column.width,
        y2: ruleY,
        width: rule.width,
        color: rule.color,
      });
      y = ruleY + rule.width / 2;
    }
    spaceAfter = block.format.spaceAfter / TWIPS_PER_POINT;
  });
  return y + spaceAfter - top;
}
