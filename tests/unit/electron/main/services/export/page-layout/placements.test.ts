import { describe, expect, it } from 'vitest';
import type { PageGeometry } from '@/electron/main/services/export/page-layout/layout-blocks';
import { paginate } from '@/electron/main/services/export/page-layout/paginate';
import { Placements } from '@/electron/main/services/export/page-layout/placements';
import { cellBlock, exactLines, paragraphBlock, probe, rowBlock, tableBlock, text } from './support/blocks';

/** A text area 100 pt high: five lines of 20 pt. */
const PAGE: PageGeometry = { top: 0, bottom: 100, textWidth: 9000 };

describe('paginate with placements (where every line and row went)', () => {
  it('notes each part of a paragraph split over pages, and paginates as without them', () => {
    const blocks = [exactLines(3, 20), exactLines(4, 20, { bookmarks: ['second'] })];
    const placements = new Placements();
    const pagination = paginate(blocks, PAGE, new Map(), new Map(), placements);
    expect(pagination).toEqual(paginate(blocks, PAGE, new Map()));
    expect(
      placements.items.map((item) =>
        item.kind === 'lines' ? [item.blockIndex, item.page, item.y, item.first, item.count] : [],
      ),
    ).toEqual([
      [0, 1, 0, 0, 3],
      [1, 1, 60, 0, 2],
      [1, 2, 0, 2, 2],
    ]);
  });

  it('takes back what it placed when it moves a keep-with-next chain to the next page', () => {
    const heading = paragraphBlock([text('Heading')], {
      format: { keepNext: true, line: { value: 400, rule: 'exact' } },
    });
    const blocks = [exactLines(4, 20), heading, exactLines(3, 20, { format: { keepLines: true } })];
    const placements = new Placements();
    paginate(blocks, PAGE, new Map(), new Map(), placements);
    const pages = placements.items.map((item) => (item.kind === 'lines' ? `${item.blockIndex}@${item.page}` : ''));
    expect(pages).toEqual(['0@1', '1@2', '2@2']);
  });

  it('places a table row by row and its header rows again on each page it runs onto', () => {
    const header = rowBlock([cellBlock([exactLines(1, 20)])], true);
    const rows = Array.from({ length: 7 }, () => rowBlock([cellBlock([exactLines(1, 20)])]));
    const placements = new Placements();
    paginate([tableBlock([header, ...rows]), probe(10)], PAGE, new Map(), new Map(), placements);
    const placed = placements.items.flatMap((item) =>
      item.kind === 'row' ? [`${item.row}${item.repeatedHeader ? 'h' : ''}@${item.page}:${item.y}`] : [],
    );
    expect(placed).toEqual(['0@1:0', '1@1:20', '2@1:40', '3@1:60', '4@1:80', '0h@2:0', '5@2:20', '6@2:40', '7@2:60']);
  });
});
