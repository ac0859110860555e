import type { Line } from './break-lines';
import type { ParagraphBlock, TableBlock } from './layout-blocks';

/** Lines of one paragraph placed on a page, the first of them `y` points from the top of the page. */
export interface PlacedLines {
  readonly kind: 'lines';
  /** The block's index in the body: a paragraph split over pages is placed in several parts. */
  readonly blockIndex: number;
  readonly paragraph: ParagraphBlock;
  readonly lines: readonly Line[];
  /** Which of the paragraph's lines: from `first`, `count` of them. */
  readonly first: number;
  readonly count: number;
  readonly page: number;
  readonly y: number;
}

/** One table row placed on a page; header rows are placed again on each page a table runs onto. */
export interface PlacedRow {
  readonly kind: 'row';
  readonly blockIndex: number;
  readonly table: TableBlock;
  readonly row: number;
  readonly page: number;
  readonly y: number;
  /** With its borders, as the pagination counted it. */
  readonly height: number;
  readonly repeatedHeader: boolean;
}

export type Placement = PlacedLines | PlacedRow;

/**
 * What the pagination placed where, in order: the page model is drawn from it. Moving a
 * keep-with-next chain to the next page takes back what was placed since the chain began.
 */
export class Placements {
  readonly items: Placement[] = [];

  add(placement: Placement): void {
    this.items.push(placement);
  }

  mark(): number {
    return this.items.length;
  }

  takeBackTo(mark: number): void {
    this.items.length = Math.min(this.items.length, mark);
  }

  clear(): void {
    this.items.length = 0;
  }
}
