import { WORD_PARAGRAPH, type ParagraphFormat } from '@/electron/main/services/export/page-layout/formatting';
import type {
  CellBlock,
  Inline,
  ParagraphBlock,
  RowBlock,
  TableBlock,
} from '@/electron/main/services/export/page-layout/layout-blocks';
import type { RunFont } from '@/electron/main/services/export/page-layout/text-measure';

export function arial(size: number, face: { bold?: boolean; italic?: boolean } = {}): RunFont {
  return { size, bold: face.bold ?? false, italic: face.italic ?? false };
}

export const ARIAL_10 = arial(10);

export const text = (value: string, font: RunFont = ARIAL_10): Inline => ({ kind: 'text', text: value, font });
export const tab = (font: RunFont = ARIAL_10): Inline => ({ kind: 'tab', font });
export const lineBreak = (font: RunFont = ARIAL_10): Inline => ({ kind: 'line-break', font });
export const pageBreak: Inline = { kind: 'page-break' };
export const image = (width: number, height: number): Inline => ({ kind: 'image', width, height });
export const pageRef = (bookmark: string, font: RunFont = ARIAL_10): Inline => ({ kind: 'page-ref', bookmark, font });

export interface ParagraphOptions {
  /** Over Word's defaults: no spacing, single lines, widow control on. */
  readonly format?: Partial<ParagraphFormat>;
  /** The paragraph mark's font; Arial 10 unless given. */
  readonly font?: RunFont;
  readonly bookmarks?: readonly string[];
  readonly rightTabs?: readonly number[];
}

export function paragraphBlock(inlines: readonly Inline[], options: ParagraphOptions = {}): ParagraphBlock {
  return {
    kind: 'paragraph',
    format: { ...WORD_PARAGRAPH, ...options.format },
    font: options.font ?? ARIAL_10,
    inlines,
    bookmarks: options.bookmarks ?? [],
    rightTabs: options.rightTabs ?? [],
  };
}

/** A paragraph of `count` lines (ended by line breaks), each exactly `points` high. */
export function exactLines(count: number, points: number, options: ParagraphOptions = {}): ParagraphBlock {
  const inlines = Array.from({ length: count - 1 }, () => lineBreak());
  return paragraphBlock(inlines, {
    ...options,
    format: { line: { value: points * 20, rule: 'exact' }, ...options.format },
  });
}

/**
 * A one-line paragraph `points` high with a bookmark: the page it lands on tells how much room
 * was left on the page before it.
 */
export function probe(points: number, bookmark = 'probe'): ParagraphBlock {
  return exactLines(1, points, { bookmarks: [bookmark] });
}

export function cellBlock(
  paragraphs: readonly ParagraphBlock[],
  options: { width?: number; margins?: Partial<CellBlock['margins']> } = {},
): CellBlock {
  return {
    width: options.width ?? 4000,
    margins: { top: 0, bottom: 0, left: 0, right: 0, ...options.margins },
    paragraphs,
  };
}

export function rowBlock(cells: readonly CellBlock[], header = false): RowBlock {
  return { header, cells };
}

export function tableBlock(rows: readonly RowBlock[], borderWidth = 0): TableBlock {
  return { kind: 'table', rows, borderWidth };
}
