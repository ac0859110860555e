import { describe, expect, it } from 'vitest';
import type {
  Block,
  CellBlock,
  PageGeometry,
  ParagraphBlock,
  RowBlock,
} from '@/electron/main/services/export/page-layout/layout-blocks';
import { paginate, type LineCache, type Pagination } from '@/electron/main/services/export/page-layout/paginate';
import {
  cellBlock,
  exactLines,
  lineBreak,
  pageBreak,
  pageRef,
  paragraphBlock,
  probe,
  rowBlock,
  tableBlock,
  text,
} from './support/blocks';

/** A text area 100 pt high: five lines of 20 pt. */
const PAGE: PageGeometry = { top: 0, bottom: 100, textWidth: 9000 };

function layOut(...blocks: Block[]): Pagination {
  return paginate(blocks, PAGE, new Map());
}

function pageOf(bookmark: string, ...blocks: Block[]): number | undefined {
  return layOut(...blocks).bookmarkPages.get(bookmark);
}

/** The page a probe `points` high lands on after the blocks: it tells the room they leave. */
function probePage(points: number, ...blocks: Block[]): number | undefined {
  return pageOf('probe', ...blocks, probe(points));
}

const NO_WIDOWS = { format: { widowControl: false } };

describe('paginate: lines and pages', () => {
  it('fills a page with lines and starts the next paragraph on a new page', () => {
    const pagination = layOut(
      exactLines(3, 20, { bookmarks: ['first'] }),
      exactLines(2, 20, { bookmarks: ['second'] }),
      exactLines(1, 20, { bookmarks: ['third'] }),
    );
    expect(pagination.bookmarkPages).toEqual(
      new Map([
        ['first', 1],
        ['second', 1],
        ['third', 2],
      ]),
    );
    expect(pagination.pageCount).toBe(2);
  });

  it('starts the text at the top margin', () => {
    const lower: PageGeometry = { top: 30, bottom: 100, textWidth: 9000 };
    expect(paginate([exactLines(3, 20), probe(10)], lower, new Map()).bookmarkPages.get('probe')).toBe(1); // 30 + 60 + 10
    expect(paginate([exactLines(3, 20), probe(11)], lower, new Map()).bookmarkPages.get('probe')).toBe(2);
  });

  it('lets a line hang below the margin by the slack its spacing adds', () => {
    // Double spacing at 10 pt: a 23 pt line, 11.5 pt of it slack. After 88 pt, 88 + 11.5 fits 100 pt.
    const double = paragraphBlock([text('aa')], {
      format: { line: { value: 480, rule: 'auto' } },
      bookmarks: ['double'],
    });
    expect(pageOf('double', exactLines(1, 88), double)).toBe(1);
    expect(pageOf('double', exactLines(1, 89), double)).toBe(2);
  });

  it('splits a paragraph where the page is full and goes on at the top of the next', () => {
    // Without widow control: 4 lines after 20 pt on page 1, the fifth at the top of page 2.
    const pagination = layOut(exactLines(1, 20), exactLines(5, 20, { ...NO_WIDOWS, bookmarks: ['long'] }), probe(80));
    expect(pagination.bookmarkPages.get('long')).toBe(1);
    expect(pagination.bookmarkPages.get('probe')).toBe(2);
    expect(probePage(81, exactLines(1, 20), exactLines(5, 20, NO_WIDOWS))).toBe(3);
  });

  it('places a line taller than the page at the top of one rather than loop', () => {
    const pagination = layOut(exactLines(1, 20), exactLines(1, 150, { bookmarks: ['tall'] }), probe(20));
    expect(pagination.bookmarkPages.get('tall')).toBe(2);
    expect(pagination.bookmarkPages.get('probe')).toBe(3);
    expect(pagination.pageCount).toBe(3);
  });
});

describe('paginate: widows and orphans', () => {
  it('moves a three-line paragraph whole when only two lines fit', () => {
    // After 60 pt, two lines fit: 2 + 1 would leave a widow, 1 + 2 an orphan.
    const pagination = layOut(exactLines(3, 20), exactLines(3, 20, { bookmarks: ['moved'] }), probe(40));
    expect(pagination.bookmarkPages.get('moved')).toBe(2);
    expect(pagination.bookmarkPages.get('probe')).toBe(2); // 60 + 40 on page 2
    expect(probePage(41, exactLines(3, 20), exactLines(3, 20))).toBe(3);
  });

  it('leaves three lines and takes two to the next page when four of five fit', () => {
    const pagination = layOut(exactLines(1, 20), exactLines(5, 20, { bookmarks: ['split'] }), probe(60));
    expect(pagination.bookmarkPages.get('split')).toBe(1);
    expect(pagination.bookmarkPages.get('probe')).toBe(2); // 40 + 60 on page 2
    expect(probePage(61, exactLines(1, 20), exactLines(5, 20))).toBe(3);
  });

  it('moves a paragraph whose first line alone would fit', () => {
    expect(pageOf('moved', exactLines(4, 20), exactLines(3, 20, { bookmarks: ['moved'] }))).toBe(2);
  });

  it('splits anywhere without widow control', () => {
    expect(pageOf('split', exactLines(3, 20), exactLines(3, 20, { ...NO_WIDOWS, bookmarks: ['split'] }))).toBe(1);
    expect(probePage(80, exactLines(3, 20), exactLines(3, 20, NO_WIDOWS))).toBe(2); // one line on page 2
    expect(pageOf('alone', exactLines(4, 20), exactLines(3, 20, { ...NO_WIDOWS, bookmarks: ['alone'] }))).toBe(1);
  });
});

describe('paginate: keeping together', () => {
  it('moves a keep-lines paragraph whole to the next page', () => {
    const together = exactLines(3, 20, { format: { widowControl: false, keepLines: true }, bookmarks: ['together'] });
    const pagination = layOut(exactLines(3, 20), together, probe(40));
    expect(pagination.bookmarkPages.get('together')).toBe(2);
    expect(pagination.bookmarkPages.get('probe')).toBe(2);
    expect(probePage(41, exactLines(3, 20), together)).toBe(3);
  });

  it('splits a keep-lines paragraph longer than a page', () => {
    const long = exactLines(7, 20, { format: { keepLines: true }, bookmarks: ['long'] });
    expect(pageOf('long', exactLines(1, 20), long)).toBe(2);
    expect(probePage(40, exactLines(1, 20), long)).toBe(3); // 5 + 2 lines
  });

  it('moves a keep-with-next chain (heading, label) to the page of the paragraph it is kept with', () => {
    const heading = exactLines(1, 20, { format: { keepNext: true }, bookmarks: ['heading'] });
    const label = exactLines(1, 20, { format: { keepNext: true }, bookmarks: ['label'] });
    const body = exactLines(2, 20, { bookmarks: ['body'] });
    const pagination = layOut(exactLines(3, 20), heading, label, body, probe(20));
    expect(pagination.bookmarkPages).toEqual(
      new Map([
        ['heading', 2],
        ['label', 2],
        ['body', 2],
        ['probe', 2], // 20 + 20 + 40 + 20
      ]),
    );
    expect(probePage(21, exactLines(3, 20), heading, label, body)).toBe(3);
  });

  it('leaves the chain where it is when the next paragraph starts on its page', () => {
    const heading = exactLines(1, 20, { format: { keepNext: true }, bookmarks: ['heading'] });
    const pagination = layOut(exactLines(2, 20), heading, exactLines(4, 20, { bookmarks: ['body'] }));
    expect(pagination.bookmarkPages.get('heading')).toBe(1);
    expect(pagination.bookmarkPages.get('body')).toBe(1); // 2 lines on page 1, 2 on page 2
  });

  it('does not move a chain that already starts its page', () => {
    const heading = exactLines(1, 20, { format: { keepNext: true }, bookmarks: ['heading'] });
    const pagination = layOut(heading, exactLines(1, 90, { bookmarks: ['body'] }));
    expect(pagination.bookmarkPages.get('heading')).toBe(1);
    expect(pagination.bookmarkPages.get('body')).toBe(2);
    expect(pagination.pageCount).toBe(2);
    const afterBreak = layOut(
      exactLines(1, 20),
      paragraphBlock([pageBreak]),
      heading,
      exactLines(1, 90, { bookmarks: ['body'] }),
    );
    expect(afterBreak.bookmarkPages.get('heading')).toBe(2);
    expect(afterBreak.bookmarkPages.get('body')).toBe(3);
  });

  it('keeps a heading with the first row of the table after it', () => {
    const heading = exactLines(1, 20, { format: { keepNext: true }, bookmarks: ['heading'] });
    const table = tableBlock([rowBlock([cellBlock([exactLines(1, 20)])])]);
    expect(pageOf('heading', exactLines(4, 20), heading, table)).toBe(2);
  });
});

describe('paginate: keep-with-next and forced breaks', () => {
  it('does not move kept paragraphs to a page of their own before a page break', () => {
    const pages = layOut(
      exactLines(1, 20),
      exactLines(1, 20, { format: { keepNext: true } }),
      exactLines(1, 20, { format: { pageBreakBefore: true } }),
    );
    expect(pages.pageCount).toBe(2);
  });
});

describe('paginate: spacing and breaks', () => {
  it('keeps space before at the top of the first page', () => {
    const spaced = exactLines(1, 20, { format: { spaceBefore: 400 } });
    expect(probePage(60, spaced)).toBe(1); // 20 + 20 + 60
    expect(probePage(61, spaced)).toBe(2);
  });

  it('drops space before at the top of later pages', () => {
    const spaced = exactLines(1, 20, { format: { spaceBefore: 400 }, bookmarks: ['spaced'] });
    expect(pageOf('spaced', exactLines(5, 20), spaced)).toBe(2);
    expect(probePage(80, exactLines(5, 20), spaced)).toBe(2); // 0 + 20 + 80
  });

  it('puts the larger of space after and the next space before between paragraphs', () => {
    const tenAfter = exactLines(1, 20, { format: { spaceAfter: 200 } });
    const thirtyBefore = exactLines(1, 20, { format: { spaceBefore: 600 } });
    expect(probePage(30, tenAfter, thirtyBefore)).toBe(1); // 20 + 30 + 20 + 30
    expect(probePage(31, tenAfter, thirtyBefore)).toBe(2);
    const thirtyAfter = exactLines(1, 20, { format: { spaceAfter: 600 } });
    const tenBefore = exactLines(1, 20, { format: { spaceBefore: 200 } });
    expect(probePage(30, thirtyAfter, tenBefore)).toBe(1);
    expect(probePage(31, thirtyAfter, tenBefore)).toBe(2);
  });

  it('does not need room for the space after the last line', () => {
    expect(probePage(20, exactLines(4, 20, { format: { spaceAfter: 400 } }))).toBe(2);
    expect(pageOf('fits', exactLines(5, 20, { format: { spaceAfter: 400 }, bookmarks: ['fits'] }))).toBe(1);
  });

  it('starts a page-break-before paragraph on a new page, but not a blank one at the very top', () => {
    const breaking = exactLines(1, 20, { format: { pageBreakBefore: true }, bookmarks: ['breaking'] });
    expect(pageOf('breaking', exactLines(1, 20), breaking)).toBe(2);
    const first = layOut(breaking);
    expect(first.bookmarkPages.get('breaking')).toBe(1);
    expect(first.pageCount).toBe(1);
  });

  it('goes on after a page break on the next page', () => {
    const broken = paragraphBlock([text('before'), pageBreak, text('after')], { bookmarks: ['broken'] });
    const pagination = layOut(broken, probe(88));
    expect(pagination.bookmarkPages.get('broken')).toBe(1);
    expect(pagination.bookmarkPages.get('probe')).toBe(2); // "after" is one 11.5 pt line at the top of page 2
    expect(probePage(89, broken)).toBe(3);
    expect(probePage(20, paragraphBlock([pageBreak]), exactLines(4, 20))).toBe(2);
    expect(probePage(21, paragraphBlock([pageBreak]), exactLines(4, 20))).toBe(3);
  });
});

describe('paginate: tables', () => {
  const line20 = (): ParagraphBlock => exactLines(1, 20);
  const row = (header = false): RowBlock => rowBlock([cellBlock([line20()]), cellBlock([line20()])], header);

  it('moves rows that do not fit to the next page, repeating the header rows there', () => {
    // After 20 pt: header and three rows fill page 1; page 2 has the header again (20) and three rows.
    const table = tableBlock([row(true), row(), row(), row(), row(), row(), row()]);
    const pagination = layOut(exactLines(1, 20), table, probe(20));
    expect(pagination.bookmarkPages.get('probe')).toBe(2);
    expect(pagination.pageCount).toBe(2);
    const beyond = layOut(exactLines(1, 20), table, probe(21));
    expect(beyond.bookmarkPages.get('probe')).toBe(3);
    expect(beyond.pageCount).toBe(3);
  });

  it('does not repeat rows that are not header rows', () => {
    const table = tableBlock([row(), row(), row(), row(), row(), row(), row()]);
    expect(probePage(40, exactLines(1, 20), table)).toBe(2); // 3 rows on page 2
    expect(probePage(41, exactLines(1, 20), table)).toBe(3);
  });

  it('makes a row as tall as its tallest cell, with its margins and paragraph spacing', () => {
    const tall = cellBlock(
      [exactLines(2, 20, { format: { spaceAfter: 100 } }), exactLines(1, 10, { format: { spaceBefore: 60 } })],
      { margins: { top: 40, bottom: 60 } },
    );
    // 2 + 20 + 20 + max(5, 3) + 10 + 3 = 60 pt
    const table = tableBlock([rowBlock([cellBlock([line20()]), tall])]);
    expect(probePage(40, table)).toBe(1);
    expect(probePage(41, table)).toBe(2);
  });

  it('breaks the lines of a cell for its width less its side margins', () => {
    // "aaaa aaaa" is 47.27 pt: one line in 50 pt, two in 50 − 2 × 1.5 pt.
    const cell = (sides: number): CellBlock =>
      cellBlock([paragraphBlock([text('aaaa aaaa')], { format: { line: { value: 400, rule: 'atLeast' } } })], {
        width: 1000,
        margins: { left: sides, right: sides },
      });
    expect(probePage(80, tableBlock([rowBlock([cell(0)])]))).toBe(1);
    expect(probePage(80, tableBlock([rowBlock([cell(30)])]))).toBe(2);
  });

  it('adds the border width to each row and once more under the last', () => {
    const table = tableBlock([row(), row(), row()], 2); // 22 + 22 + 24
    expect(probePage(32, table)).toBe(1);
    expect(probePage(33, table)).toBe(2);
  });

  it('puts the space after the paragraph before a table above it', () => {
    const before = exactLines(1, 20, { format: { spaceAfter: 200 } });
    expect(probePage(50, before, tableBlock([row()]))).toBe(1); // 20 + 10 + 20 + 50
    expect(probePage(51, before, tableBlock([row()]))).toBe(2);
  });

  it('places a row taller than the page at the top of one and goes on', () => {
    const giant = rowBlock([cellBlock([exactLines(1, 150)])]);
    const pagination = layOut(tableBlock([giant, row()]), probe(80));
    expect(pagination.bookmarkPages.get('probe')).toBe(2); // the second row at the top of page 2
    expect(pagination.pageCount).toBe(2);
  });

  it('gives the page of a bookmark after a table that runs over pages', () => {
    const table = tableBlock(Array.from({ length: 12 }, () => row()));
    expect(pageOf('after', table, exactLines(1, 20, { bookmarks: ['after'] }))).toBe(3); // 5 + 5 + 2 rows
  });
});

describe('paginate: bookmarks and the line cache', () => {
  it("gives each bookmark the page its paragraph's first line is on", () => {
    const split = exactLines(7, 20, { ...NO_WIDOWS, bookmarks: ['a', 'b'] });
    expect(layOut(exactLines(2, 20), split, exactLines(1, 20, { bookmarks: ['c'] })).bookmarkPages).toEqual(
      new Map([
        ['a', 1],
        ['b', 1],
        ['c', 2],
      ]),
    );
  });

  it('keeps the lines of paragraphs without page references in the cache', () => {
    const plain = paragraphBlock([text('aa'), lineBreak(), text('bb')]);
    const reference = paragraphBlock([text('see '), pageRef('a')]);
    const cache: LineCache = new Map();
    paginate([plain, reference], PAGE, new Map(), cache);
    expect([...cache.keys()]).toEqual([plain]);
    expect(cache.get(plain)?.width).toBe(9000);
    expect(cache.get(plain)?.lines).toHaveLength(2);
  });
});
