import { breakLines, type Line } from './break-lines';
import {
  TWIPS_PER_POINT,
  type Block,
  type CellBlock,
  type PageGeometry,
  type ParagraphBlock,
  type RowBlock,
  type TableBlock,
} from './layout-blocks';
import type { Placements } from './placements';

/** Rounding room: positions are sums of fractions of points. */
const EPSILON = 0.01;

export interface Pagination {
  /** The page (from 1) each bookmark's paragraph starts on. */
  readonly bookmarkPages: ReadonlyMap<string, number>;
  readonly pageCount: number;
}

/**
 * A paragraph's lines by the width they were broken for, kept across passes: only the lines
 * of paragraphs with page references change from one pass to the next.
 */
export type LineCache = Map<
  ParagraphBlock,
  { readonly width: number; readonly lines: Line[]; readonly pieces: boolean }
>;

interface Cursor {
  page: number;
  y: number;
  /** Space after the last paragraph, which the next one's space before overlaps (the larger counts). */
  spaceAfter: number;
  /** Nothing placed on the page yet: space before is dropped there (except on the first page). */
  atTop: boolean;
}

/**
 * Lays blocks onto pages as Word does for a single-column section: paragraph spacing (the
 * larger of one paragraph's space after and the next one's space before), page breaks,
 * widow and orphan control, keep-lines, keep-with-next chains, and tables whose rows do not
 * split and whose header rows repeat on each page. Given `placements`, it also notes where
 * each line and row went, with what each line shows, for drawing the pages.
 */
export function paginate(
  blocks: readonly Block[],
  geometry: PageGeometry,
  pageNumbers: ReadonlyMap<string, string>,
  lineCache: LineCache = new Map(),
  placements?: Placements,
): Pagination {
  const layout = new PageFlow(geometry, pageNumbers, lineCache, placements);
  const bookmarkPages = new Map<string, number>();
  const startOf: { cursor: Cursor; firstPage: number; mark: number }[] = [];
  const movedToTop = new Set<number>();
  let index = 0;
  while (index < blocks.length) {
    const block = blocks[index];
    if (!block) break;
    const before = { ...layout.cursor };
    const mark = placements?.mark() ?? 0;
    const firstPage = layout.place(block, index);
    startOf[index] = { cursor: before, firstPage, mark };
    const chainStart = keepChainStart(blocks, startOf, index, firstPage);
    if (chainStart !== undefined && !movedToTop.has(chainStart)) {
      // The block left its keep-with-next paragraphs behind: move them to its page.
      movedToTop.add(chainStart);
      const chainStartState = startOf[chainStart];
      if (chainStartState) {
        layout.cursor = { ...chainStartState.cursor };
        placements?.takeBackTo(chainStartState.mark);
      }
      layout.newPage();
      index = chainStart;
      continue;
    }
    if (block.kind === 'paragraph') for (const bookmark of block.bookmarks) bookmarkPages.set(bookmark, firstPage);
    index++;
  }
  return { bookmarkPages, pageCount: layout.cursor.page };
}

/**
 * When a block starts on a later page than the paragraphs kept with it end on, the first of
 * those paragraphs, provided the chain does not already start its page (it could not move).
 */
function keepChainStart(
  blocks: readonly Block[],
  starts: readonly { cursor: Cursor; firstPage: number }[],
  index: number,
  firstPage: number,
): number | undefined {
  let start = index;
  while (start > 0) {
    const previous = blocks[start - 1];
    if (previous?.kind !== 'paragraph' || !previous.format.keepNext) break;
    start--;
  }
  if (start === index) return undefined;
  // A page break before the block is forced: the paragraphs kept with it could not follow it.
  const block = blocks[index];
  if (block?.kind === 'paragraph' && block.format.pageBreakBefore) return undefined;
  const chainFirst = starts[start];
  if (!chainFirst || chainFirst.firstPage >= firstPage) return undefined;
  if (chainFirst.cursor.atTop || chainFirst.cursor.page < chainFirst.firstPage) return undefined;
  return start;
}

class PageFlow {
  cursor: Cursor = { page: 1, y: 0, spaceAfter: 0, atTop: true };
  private blockIndex = 0;
  constructor(
    private readonly geometry: PageGeometry,
    private readonly pageNumbers: ReadonlyMap<string, string>,
    private readonly lineCache: LineCache,
    private readonly placements: Placements | undefined,
  ) {
    this.cursor.y = geometry.top;
  }

  newPage(): void {
    this.cursor = { page: this.cursor.page + 1, y: this.geometry.top, spaceAfter: 0, atTop: true };
  }

  /** Places a block from the cursor on; returns the page its first line or row is on. */
  place(block: Block, blockIndex: number): number {
    this.blockIndex = blockIndex;
    return block.kind === 'paragraph' ? this.placeParagraph(block) : this.placeTable(block);
  }

  linesOf(paragraph: ParagraphBlock, columnTwips: number): Line[] {
    const pieces = this.placements !== undefined;
    const known = this.lineCache.get(paragraph);
    if (known?.width === columnTwips && known.pieces === pieces) return known.lines;
    const lines = breakLines(paragraph, columnTwips, this.pageNumbers, { pieces });
    if (!paragraph.inlines.some((inline) => inline.kind === 'page-ref'))
      this.lineCache.set(paragraph, { width: columnTwips, lines, pieces });
    return lines;
  }

  private gapBefore(spaceBefore: number): number {
    if (this.cursor.atTop) return this.cursor.page === 1 ? spaceBefore : 0;
    return Math.max(this.cursor.spaceAfter, spaceBefore);
  }

  private fits(y: number, line: Line): boolean {
    return y + line.height - line.slack <= this.geometry.bottom + EPSILON;
  }

  /** How many of the lines, from `from`, fit on the page below y. */
  private countFitting(lines: readonly Line[], from: number, y: number): number {
    let count = 0;
    for (let index = from; index < lines.length; index++) {
      const line = lines[index];
      if (!line || !this.fits(y, line)) break;
      y += line.height;
      count++;
      if (line.pageBreakAfter) break;
    }
    return count;
  }

  private placeParagraph(paragraph: ParagraphBlock): number {
    const { format } = paragraph;
    if (format.pageBreakBefore && !this.cursor.atTop) this.newPage();
    const lines = this.linesOf(paragraph, this.geometry.textWidth);
    let firstPage: number | undefined;
    let next = 0;
    while (next < lines.length) {
      const gap = next === 0 ? this.gapBefore(format.spaceBefore / TWIPS_PER_POINT) : 0;
      const remaining = lines.length - next;
      const fitting = this.countFitting(lines, next, this.cursor.y + gap);
      let take = Math.min(fitting, remaining);
      const breaksHere = take > 0 && lines[next + take - 1]?.pageBreakAfter === true;
      if (take < remaining && !breaksHere) {
        if (format.keepLines && next === 0 && !this.cursor.atTop) take = 0;
        else if (format.widowControl && remaining >= 2) {
          if (remaining - take < 2) take = remaining - 2; // no last line alone on the next page
          if (next === 0 && take < 2) take = 0; // nor a first line alone on this one
        }
        if (take <= 0 && this.cursor.atTop) take = Math.max(1, fitting); // taller than a page: break where it must
      }
      if (take <= 0) {
        this.newPage();
        continue;
      }
      firstPage ??= this.cursor.page;
      this.cursor.y += gap;
      this.placements?.add({
        kind: 'lines',
        blockIndex: this.blockIndex,
        paragraph,
        lines,
        first: next,
        count: take,
        page: this.cursor.page,
        y: this.cursor.y,
      });
      for (let index = next; index < next + take; index++) this.cursor.y += lines[index]?.height ?? 0;
      this.cursor.atTop = false;
      next += take;
      this.cursor.spaceAfter = format.spaceAfter / TWIPS_PER_POINT;
      if (next < lines.length || breaksHere) this.newPage();
    }
    return firstPage ?? this.cursor.page;
  }

  private placeTable(table: TableBlock): number {
    const border = table.borderWidth;
    const headers = leadingHeaders(table.rows);
    const heights = table.rows.map(
      (row, index) =>
        rowHeight(row, (paragraph, width) => this.linesOf(paragraph, width)) +
        border +
        (index === table.rows.length - 1 ? border : 0),
    );
    if (!this.cursor.atTop) this.cursor.y += this.cursor.spaceAfter;
    let firstPage: number | undefined;
    let rowsOnPage = 0;
    heights.forEach((height, index) => {
      if (this.cursor.y + height > this.geometry.bottom + EPSILON && !(this.cursor.atTop && rowsOnPage === 0)) {
        this.newPage();
        rowsOnPage = 0;
        if (index >= headers) this.repeatHeaders(table, heights.slice(0, headers)); // the header rows again
      }
      firstPage ??= this.cursor.page;
      this.placements?.add({
        kind: 'row',
        blockIndex: this.blockIndex,
        table,
        row: index,
        page: this.cursor.page,
        y: this.cursor.y,
        height,
        repeatedHeader: false,
      });
      this.cursor.y += height;
      this.cursor.atTop = false;
      rowsOnPage++;
    });
    this.cursor.spaceAfter = 0;
    return firstPage ?? this.cursor.page;
  }

  private repeatHeaders(table: TableBlock, heights: readonly number[]): void {
    heights.forEach((height, row) => {
      this.placements?.add({
        kind: 'row',
        blockIndex: this.blockIndex,
        table,
        row,
        page: this.cursor.page,
        y: this.cursor.y,
        height,
        repeatedHeader: true,
      });
      this.cursor.y += height;
    });
  }
}

function leadingHeaders(rows: readonly RowBlock[]): number {
  let count = 0;
  while (rows[count]?.header === true) count++;
  return count;
}

function rowHeight(row: RowBlock, linesOf: (paragraph: ParagraphBlock, width: number) => Line[]): number {
  return Math.max(0, ...row.cells.map((cell) => cellHeight(cell, linesOf)));
}

function cellHeight(cell: CellBlock, linesOf: (paragraph: ParagraphBlock, width: number) => Line[]): number {
  return walkCell(cell, linesOf, () => undefined);
}

/**
 * Lays a cell's paragraphs out from its top: calls `visit` with each paragraph's lines and
 * the distance of its first line from the cell's top, and returns the cell's height.
 */
export function walkCell(
  cell: CellBlock,
  linesOf: (paragraph: ParagraphBlock, width: number) => Line[],
  visit: (paragraph: ParagraphBlock, lines: readonly Line[], top: number) => void,
): number {
  const width = cell.width - cell.margins.left - cell.margins.right;
  // Summed in this order (both margins first) so that heights come out to the last bit as always.
  const bottomMargin = cell.margins.bottom / TWIPS_PER_POINT;
  let height = (cell.margins.top + cell.margins.bottom) / TWIPS_PER_POINT;
  let spaceAfter = 0;
  cell.paragraphs.forEach((paragraph, index) => {
    const before = paragraph.format.spaceBefore / TWIPS_PER_POINT;
    height += index === 0 ? before : Math.max(spaceAfter, before);
    const lines = linesOf(paragraph, width);
    visit(paragraph, lines, height - bottomMargin);
    for (const line of lines) height += line.height;
    spaceAfter = paragraph.format.spaceAfter / TWIPS_PER_POINT;
  });
  return height + spaceAfter;
}
