import type { IContext } from 'docx';
import { describe, expect, it } from 'vitest';
import {
  estimateReportPages,
  settledPagination,
} from '@/electron/main/services/export/page-layout/estimate-report-pages';
import type { Block, PageGeometry } from '@/electron/main/services/export/page-layout/layout-blocks';
import { paginate } from '@/electron/main/services/export/page-layout/paginate';
import type { XmlNode } from '@/electron/main/services/export/page-layout/xml-node';
import { exactLines, pageRef, paragraphBlock, tab, text } from './support/blocks';
import { el, textRun, w } from './support/xml';

/** 100 pt of text, 50 pt wide. */
const PAGE: PageGeometry = { top: 0, bottom: 100, textWidth: 1000 };

/**
 * A contents entry for heading `h`, then 60 pt of text, then the heading. "aaaa bbbb" (47.27 pt)
 * fits the 50 pt line alone, but not with a page number after its right tab (+5.56 pt): once
 * the number is known the entry takes two lines and pushes the heading to page 2.
 */
function contentsThatGrow(): Block[] {
  const entry = paragraphBlock([text('aaaa bbbb'), tab(), pageRef('h')], {
    rightTabs: [1000],
    format: { line: { value: 400, rule: 'exact' } },
  });
  return [entry, exactLines(3, 20), exactLines(1, 20, { bookmarks: ['h'] })];
}

describe('settledPagination', () => {
  it('lays out again with the page numbers found until they stop changing', () => {
    const blocks = contentsThatGrow();
    expect(paginate(blocks, PAGE, new Map()).bookmarkPages.get('h')).toBe(1);
    const settled = settledPagination(blocks, PAGE);
    expect(settled.bookmarkPages.get('h')).toBe(2);
    expect(settled.pageCount).toBe(2);
  });

  it('gives numbers that lay out to themselves', () => {
    const blocks = contentsThatGrow();
    const settled = settledPagination(blocks, PAGE);
    const numbers = new Map([...settled.bookmarkPages].map(([name, page]) => [name, String(page)]));
    expect(paginate(blocks, PAGE, numbers)).toEqual(settled);
  });

  it('gives the first layout when the numbers do not move anything', () => {
    const blocks = [
      paragraphBlock([text('Findings'), tab(), pageRef('h')], { rightTabs: [1000] }),
      exactLines(1, 20, { bookmarks: ['h'] }),
    ];
    expect(settledPagination(blocks, PAGE)).toEqual(paginate(blocks, PAGE, new Map()));
  });
});

describe('estimateReportPages', () => {
  function contextOf(styles: XmlNode, numbering: XmlNode): IContext {
    const file = { Styles: { prepForXml: () => styles }, Numbering: { prepForXml: () => numbering } };
    return { file, viewWrapper: {}, stack: [] } as unknown as IContext;
  }

  it("gives each bookmark's page as number and text, and the page count, laid out on the section's pages", () => {
    // Letter, margins 2 in at the top and 120 pt at the bottom: text from 144 pt to 672 pt holds one
    // 300 pt line, not two (the default page, 72 pt to 770 pt, would hold two).
    const tall = (...content: XmlNode[]): XmlNode =>
      w.p([el('w:spacing', { 'w:line': 6000, 'w:lineRule': 'exact' })], ...content);
    const body = w.body(
      tall(textRun('one')),
      tall(textRun('two')),
      tall(el('w:bookmarkStart', { 'w:id': 0, 'w:name': '_Toc1' }), textRun('three')),
      el(
        'w:sectPr',
        {},
        el('w:pgSz', { 'w:w': 12240, 'w:h': 15840 }),
        el('w:pgMar', { 'w:top': 2880, 'w:right': 1440, 'w:bottom': 2400, 'w:left': 1440 }),
      ),
    );
    const styles = el(
      'w:styles',
      {},
      el('w:style', { 'w:type': 'paragraph', 'w:styleId': 'Normal', 'w:default': true }, w.val('w:name', 'Normal')),
    );
    const estimate = estimateReportPages(body, contextOf(styles, el('w:numbering')));
    expect(estimate.bookmarks).toEqual(new Map([['_Toc1', '3']]));
    expect(estimate.bookmarkPageNumbers).toEqual(new Map([['_Toc1', 3]]));
    expect(estimate.pageCount).toBe(3);
    expect(estimate.sectionPageCounts).toEqual([3]);
  });
});
