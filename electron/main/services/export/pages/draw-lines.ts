import type { PageItem } from '@/shared/pages/page-model';
import type { Line } from '../page-layout/break-lines';
import { TWIPS_PER_POINT, type ParagraphBlock } from '../page-layout/layout-blocks';
import { textWidth, UNITS_PER_EM, type RunLook } from '../page-layout/text-measure';

/** Arial's (and Liberation Sans's, and Arimo's) ascender: where the baseline sits below a line's top. */
export const ASCENT_EM = 1854 / UNITS_PER_EM;
const BLACK = '000000';

/** Where a paragraph's lines go: the left edge of its column and the column's width, in points. */
export interface Column {
  readonly left: number;
  readonly width: number;
}

/** What a placed line needs from its page: which block it draws, and page references' numbers. */
export interface LineContext {
  readonly block: number;
  /** Numbers shown by page references and page fields (by bookmark, or the PAGE/NUMPAGES names). */
  readonly pageNumbers: ReadonlyMap<string, string>;
}

/**
 * Draws lines of a paragraph (broken with their pieces) from `top` down, each line's text on
 * one baseline, aligned between the paragraph's indents: text as runs, pictures, a list's
 * bullet in the hanging indent, a contents entry's dots. Returns the y below the last line.
 */
export function drawLines(
  paragraph: ParagraphBlock,
  lines: readonly Line[],
  first: number,
  count: number,
  column: Column,
  top: number,
  context: LineContext,
  items: PageItem[],
): number {
  const { format } = paragraph;
  const indentLeft = format.indentLeft / TWIPS_PER_POINT;
  const available = column.width - (format.indentLeft + format.indentRight) / TWIPS_PER_POINT;
  let y = top;
  for (let index = first; index < first + count; index++) {
    const line = lines[index];
    if (!line) break;
    const firstLine = index === 0 ? Math.max(0, format.firstLine) / TWIPS_PER_POINT : 0;
    const pieces = line.pieces ?? [];
    const contentWidth = pieces.reduce((end, piece) => Math.max(end, piece.x + piece.width), 0);
    const room = available - firstLine;
    const shift =
      format.alignment === 'center'
        ? (room - contentWidth) / 2
        : format.alignment === 'right'
          ? room - contentWidth
          : 0;
    const x0 = column.left + indentLeft + firstLine + Math.max(0, shift);
    const baseline = y + baselineOffset(paragraph, line);
    if (index === 0 && paragraph.marker) {
      const font = paragraph.font;
      items.push(
        textItem(
          paragraph.marker,
          column.left + indentLeft + Math.min(0, format.firstLine / TWIPS_PER_POINT),
          baseline,
          font,
          context.block,
        ),
      );
    }
    for (const piece of pieces) {
      if (piece.kind === 'leader') {
        items.push({
          kind: 'leader',
          x: round(x0 + piece.x),
          y: round(baseline),
          width: round(piece.width),
          size: piece.font.size,
          color: BLACK,
        });
        continue;
      }
      const inline = paragraph.inlines[piece.inline];
      if (piece.kind === 'picture') {
        if (inline?.kind === 'image' && inline.picture)
          items.push({
            kind: 'picture',
            x: round(x0 + piece.x),
            y: round(y),
            width: round(piece.width),
            height: round(piece.height),
            media: inline.picture.media,
            block: context.block,
          });
        continue;
      }
      if (!inline || !('font' in inline)) continue;
      const text = inline.kind === 'page-ref' ? (context.pageNumbers.get(inline.bookmark) ?? piece.text) : piece.text;
      const item = textItem(text.replace(/ +$/, ''), x0 + piece.x, baseline, inline.font, context.block);
      if (!item.text) continue;
      const link = 'link' in inline ? inline.link : undefined;
      items.push(link === undefined ? item : { ...item, link });
    }
    y += line.height;
  }
  return y;
}

/** The baseline's distance below the line's top: the tallest text's ascender, or a picture's foot. */
function baselineOffset(paragraph: ParagraphBlock, line: Line): number {
  let offset = 0;
  for (const piece of line.pieces ?? []) {
    if (piece.kind === 'picture') offset = Math.max(offset, piece.height);
    else if (piece.kind === 'leader') offset = Math.max(offset, piece.font.size * ASCENT_EM);
    else {
      const inline = paragraph.inlines[piece.inline];
      if (inline && 'font' in inline) offset = Math.max(offset, inline.font.size * ASCENT_EM);
    }
  }
  return offset || paragraph.font.size * ASCENT_EM;
}

/** Hundredths of a point: finer than any printer, and a third less model to send to the window. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function textItem(text: string, x: number, y: number, font: RunLook, block: number): PageItem & { kind: 'text' } {
  const item = {
    kind: 'text' as const,
    x: round(x),
    y: round(y),
    text,
    size: font.size,
    bold: font.bold,
    italic: font.italic,
    color: font.color ?? BLACK,
    width: round(textWidth(text, font)),
    block,
  };
  return font.underline ? { ...item, underline: true } : item;
}
