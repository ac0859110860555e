import { describe, expect, it } from 'vitest';
import { WORD_PARAGRAPH } from '@/electron/main/services/export/page-layout/formatting';
import type { Block, ParagraphBlock, TableBlock } from '@/electron/main/services/export/page-layout/layout-blocks';
import { readListIndents } from '@/electron/main/services/export/page-layout/list-indents';
import { readBlocks } from '@/electron/main/services/export/page-layout/read-blocks';
import { readStyleSheet } from '@/electron/main/services/export/page-layout/style-sheet';
import type { XmlNode } from '@/electron/main/services/export/page-layout/xml-node';
import { arial } from './support/blocks';
import { complexField, el, fieldChar, instruction, textRun, w } from './support/xml';

const styles = readStyleSheet(
  el(
    'w:styles',
    {},
    el(
      'w:docDefaults',
      {},
      el('w:rPrDefault', {}, el('w:rPr', {}, w.val('w:sz', 22))),
      el('w:pPrDefault', {}, el('w:pPr', {}, el('w:spacing', { 'w:after': 120, 'w:line': 276, 'w:lineRule': 'auto' }))),
    ),
    el('w:style', { 'w:type': 'paragraph', 'w:styleId': 'Normal', 'w:default': true }, w.val('w:name', 'Normal')),
    el(
      'w:style',
      { 'w:type': 'paragraph', 'w:styleId': 'Heading1' },
      w.val('w:basedOn', 'Normal'),
      el('w:pPr', {}, el('w:keepNext'), el('w:spacing', { 'w:before': 240, 'w:after': 60 })),
      el('w:rPr', {}, el('w:b'), w.val('w:sz', 32)),
    ),
  ),
);
const NORMAL = { ...WORD_PARAGRAPH, spaceAfter: 120, line: { value: 276, rule: 'auto' as const } };
const NORMAL_RUN = arial(11);
const HEADING = { ...NORMAL, spaceBefore: 240, spaceAfter: 60, keepNext: true };
const HEADING_RUN = arial(16, { bold: true });

const lists = readListIndents(
  el(
    'w:numbering',
    {},
    el(
      'w:abstractNum',
      { 'w:abstractNumId': 0 },
      el('w:lvl', { 'w:ilvl': 0 }, el('w:pPr', {}, el('w:ind', { 'w:left': 720, 'w:hanging': 360 }))),
      el('w:lvl', { 'w:ilvl': 1 }, el('w:pPr', {}, el('w:ind', { 'w:left': 1440, 'w:hanging': 360 }))),
    ),
    el('w:num', { 'w:numId': 1 }, w.val('w:abstractNumId', 0)),
  ),
);

function read(...children: XmlNode[]): ReturnType<typeof readBlocks> {
  return readBlocks(w.body(...children), styles, lists);
}

function paragraphs(...children: XmlNode[]): ParagraphBlock[] {
  return read(...children).blocks.map((block) => {
    if (block.kind !== 'paragraph') throw new Error('expected only paragraphs');
    return block;
  });
}

function onlyParagraph(...content: XmlNode[]): ParagraphBlock {
  const [paragraph] = paragraphs(...content);
  if (!paragraph) throw new Error('expected a paragraph');
  return paragraph;
}

function onlyTable(table: XmlNode): TableBlock {
  const [block] = read(table).blocks;
  if (block?.kind !== 'table') throw new Error('expected a table');
  return block;
}

/** A paragraph's inlines in short: texts as they are, anything else as [kind]. */
function shown(paragraph: ParagraphBlock): string[] {
  return paragraph.inlines.map((inline) => (inline.kind === 'text' ? inline.text : `[${inline.kind}]`));
}

const tabRun = w.r([], el('w:tab'));
const heading = (...content: XmlNode[]): XmlNode => w.p([w.val('w:pStyle', 'Heading1')], ...content);

describe('readBlocks: paragraphs', () => {
  it("gives a paragraph its style's format with its own properties over it", () => {
    const paragraph = onlyParagraph(
      w.p([w.val('w:pStyle', 'Heading1'), el('w:spacing', { 'w:before': 0 })], textRun('Introduction')),
    );
    expect(paragraph.format).toEqual({ ...HEADING, spaceBefore: 0 });
    expect(paragraph.font).toEqual(HEADING_RUN);
    expect(paragraph.inlines).toEqual([{ kind: 'text', text: 'Introduction', font: HEADING_RUN }]);
  });

  it('gives a paragraph without a style the default one', () => {
    const paragraph = onlyParagraph(w.p([], textRun('Body')));
    expect(paragraph.format).toEqual(NORMAL);
    expect(paragraph.font).toEqual(NORMAL_RUN);
    expect(paragraph.bookmarks).toEqual([]);
    expect(paragraph.rightTabs).toEqual([]);
  });

  it("reads each run's size, bold and italic over the style's font", () => {
    const paragraph = onlyParagraph(
      w.p(
        [],
        textRun('plain '),
        textRun('big ', w.val('w:sz', 28)),
        textRun('bold ', el('w:b')),
        textRun('italic', el('w:i')),
      ),
    );
    expect(paragraph.inlines.map((inline) => (inline.kind === 'text' ? inline.font : undefined))).toEqual([
      NORMAL_RUN,
      arial(14),
      arial(11, { bold: true }),
      arial(11, { italic: true }),
    ]);
    const unbold = onlyParagraph(heading(textRun('light', w.val('w:b', false))));
    expect(unbold.inlines).toEqual([{ kind: 'text', text: 'light', font: arial(16) }]);
  });

  it('gives the paragraph mark the font its own run properties set', () => {
    const empty = onlyParagraph(w.p([el('w:rPr', {}, w.val('w:sz', 8))]));
    expect(empty.font).toEqual(arial(4));
    expect(empty.inlines).toEqual([]);
  });

  it('reads tabs, line breaks and page breaks', () => {
    const run = w.r(
      [w.val('w:sz', 20)],
      w.t('a'),
      el('w:tab'),
      w.t('b'),
      el('w:br'),
      w.t('c'),
      el('w:br', { 'w:type': 'page' }),
      el('w:cr'),
    );
    const paragraph = onlyParagraph(w.p([], run));
    expect(paragraph.inlines).toEqual([
      { kind: 'text', text: 'a', font: arial(10) },
      { kind: 'tab', font: arial(10) },
      { kind: 'text', text: 'b', font: arial(10) },
      { kind: 'line-break', font: arial(10) },
      { kind: 'text', text: 'c', font: arial(10) },
      { kind: 'page-break' },
      { kind: 'line-break', font: arial(10) },
    ]);
  });

  it("reads an inline picture's size from its extent, 12700 EMU to the point, and leaves floating ones out", () => {
    const graphic = el(
      'a:graphic',
      {},
      el('a:graphicData', { uri: 'http://schemas.openxmlformats.org/drawingml/2006/picture' }),
    );
    const inline = el(
      'w:drawing',
      {},
      el(
        'wp:inline',
        { distT: 0 },
        el('wp:extent', { cx: 1905000, cy: 1270000 }),
        el('wp:docPr', { id: 1, name: 'Photo' }),
        graphic,
      ),
    );
    const floating = el(
      'w:drawing',
      {},
      el('wp:anchor', { behindDoc: false }, el('wp:extent', { cx: 635000, cy: 635000 }), graphic),
    );
    expect(onlyParagraph(w.p([], w.r([], inline), w.r([], floating))).inlines).toEqual([
      { kind: 'image', width: 150, height: 100 },
    ]);
  });

  it('collects the names of the bookmarks that start in the paragraph', () => {
    const paragraph = onlyParagraph(
      heading(
        el('w:bookmarkStart', { 'w:id': 1, 'w:name': '_Toc1' }),
        textRun('Findings'),
        el('w:bookmarkEnd', { 'w:id': 1 }),
        el('w:bookmarkStart', { 'w:id': 2, 'w:name': 'Figure2' }),
      ),
    );
    expect(paragraph.bookmarks).toEqual(['_Toc1', 'Figure2']);
    expect(shown(paragraph)).toEqual(['Findings']);
  });

  it('reads the text inside hyperlinks, simple fields and inline content controls', () => {
    const paragraph = onlyParagraph(
      w.p(
        [],
        el('w:hyperlink', { 'r:id': 'rId7', 'w:history': 1 }, textRun('the portal')),
        el('w:fldSimple', { 'w:instr': 'SEQ Figure \\* ARABIC' }, textRun('3')),
        el('w:sdt', {}, el('w:sdtPr', {}, w.val('w:alias', 'County')), el('w:sdtContent', {}, textRun('Kilifi'))),
      ),
    );
    expect(shown(paragraph)).toEqual(['the portal', '3', 'Kilifi']);
  });

  it('shows only the result of a complex field, not its code', () => {
    const paragraph = onlyParagraph(
      w.p([], textRun('Figure '), ...complexField(' SEQ Figure \\* ARABIC ', '2'), textRun(': Adult literacy class')),
    );
    expect(shown(paragraph)).toEqual(['Figure ', '2', ': Adult literacy class']);
  });

  it('shows nothing for a field with no result, except a page reference, which waits for its number', () => {
    expect(shown(onlyParagraph(w.p([], textRun('Page '), ...complexField(' DATE '))))).toEqual(['Page ']);
    const beginsBold = w.r([el('w:b')], el('w:fldChar', { 'w:fldCharType': 'begin' }));
    const reference = onlyParagraph(
      w.p([], beginsBold, instruction(' PAGEREF _Toc5 \\h '), fieldChar('separate'), fieldChar('end')),
    );
    expect(reference.inlines).toEqual([{ kind: 'page-ref', bookmark: '_Toc5', font: arial(11, { bold: true }) }]);
  });

  it('reads a page number or count as the page will show it, whatever result was written', () => {
    const footer = onlyParagraph(
      w.p([], textRun('Page '), ...complexField(' PAGE ', '1'), textRun(' of '), ...complexField(' NUMPAGES ')),
    );
    expect(shown(footer)).toEqual(['Page ', '[page-field]', ' of ', '[page-field]']);
    expect(footer.inlines.filter((inline) => inline.kind === 'page-field').map((inline) => inline.field)).toEqual([
      'page',
      'pages',
    ]);
  });

  it('writes a page reference that has a result as that text', () => {
    expect(onlyParagraph(w.p([], ...complexField(' PAGEREF _Toc5 \\h ', '7'))).inlines).toEqual([
      { kind: 'text', text: '7', font: NORMAL_RUN },
    ]);
  });

  it('reads a page reference whatever its case, with its bookmark quoted or not', () => {
    for (const code of [' pageref _Toc5 \\h ', ' PAGEREF "_Toc5" \\h ']) {
      const reference = onlyParagraph(
        w.p(
          [],
          w.r([], el('w:fldChar', { 'w:fldCharType': 'begin' })),
          instruction(code),
          fieldChar('separate'),
          fieldChar('end'),
        ),
      );
      expect(reference.inlines).toEqual([{ kind: 'page-ref', bookmark: '_Toc5', font: NORMAL_RUN }]);
    }
  });

  it('lists the right-aligned tab stops only', () => {
    const tabs = el(
      'w:tabs',
      {},
      el('w:tab', { 'w:val': 'left', 'w:pos': 720 }),
      el('w:tab', { 'w:val': 'right', 'w:leader': 'dot', 'w:pos': 9350 }),
    );
    expect(onlyParagraph(w.p([tabs], textRun('x'))).rightTabs).toEqual([9350]);
  });

  it("indents a list paragraph by its level, under the paragraph's own indent", () => {
    const numbered = (level: number, ...own: XmlNode[]): XmlNode =>
      w.p([el('w:numPr', {}, w.val('w:ilvl', level), w.val('w:numId', 1)), ...own], textRun('item'));
    expect(onlyParagraph(numbered(0)).format).toMatchObject({ indentLeft: 720, firstLine: -360, spaceAfter: 120 });
    expect(onlyParagraph(numbered(1)).format).toMatchObject({ indentLeft: 1440, firstLine: -360 });
    expect(onlyParagraph(numbered(1, el('w:ind', { 'w:left': 1000 }))).format).toMatchObject({
      indentLeft: 1000,
      firstLine: -360,
    });
  });

  it('reads the paragraphs of a block content control', () => {
    const control = el(
      'w:sdt',
      {},
      el('w:sdtPr', {}),
      el('w:sdtContent', {}, w.p([], textRun('one')), w.p([], textRun('two'))),
    );
    expect(paragraphs(control, w.p([], textRun('three'))).map(shown)).toEqual([['one'], ['two'], ['three']]);
  });

  it('shows the entries of a table of contents whose field spans its paragraphs, each with its page reference', () => {
    const tocTabs = el('w:tabs', {}, el('w:tab', { 'w:val': 'right', 'w:leader': 'dot', 'w:pos': 9350 }));
    const entry = (bookmark: string, title: string): XmlNode[] => [
      el('w:hyperlink', { 'w:anchor': bookmark }, textRun(title), tabRun, ...complexField(` PAGEREF ${bookmark} \\h `)),
    ];
    const contents = el(
      'w:sdt',
      {},
      el('w:sdtPr', {}, el('w:docPartObj', {}, w.val('w:docPartGallery', 'Table of Contents'))),
      el(
        'w:sdtContent',
        {},
        w.p(
          [tocTabs],
          fieldChar('begin'),
          instruction('TOC \\o "1-3" \\h \\z \\u'),
          fieldChar('separate'),
          ...entry('_Toc1', 'Introduction'),
        ),
        w.p([tocTabs], ...entry('_Toc2', 'Findings')),
        w.p([], fieldChar('end')),
      ),
    );
    const read = paragraphs(
      contents,
      heading(el('w:bookmarkStart', { 'w:id': 1, 'w:name': '_Toc1' }), textRun('Introduction')),
    );
    expect(read.map(shown)).toEqual([
      ['Introduction', '[tab]', '[page-ref]'],
      ['Findings', '[tab]', '[page-ref]'],
      [],
      ['Introduction'],
    ]);
    expect(read[0]?.inlines[2]).toEqual({ kind: 'page-ref', bookmark: '_Toc1', font: NORMAL_RUN, link: '_Toc1' });
    expect(read[1]?.inlines[2]).toEqual({ kind: 'page-ref', bookmark: '_Toc2', font: NORMAL_RUN, link: '_Toc2' });
    expect(read[0]?.rightTabs).toEqual([9350]);
    expect(read[3]?.bookmarks).toEqual(['_Toc1']);
  });
});

describe('readBlocks: tables', () => {
  const cell = (width: number, extra: XmlNode[], ...texts: string[]): XmlNode =>
    el(
      'w:tc',
      {},
      el('w:tcPr', {}, el('w:tcW', { 'w:w': width, 'w:type': 'dxa' }), ...extra),
      ...texts.map((text) => w.p([], textRun(text))),
    );
  const grid = el('w:tblGrid', {}, ...[2000, 3000, 4000].map((width) => el('w:gridCol', { 'w:w': width })));
  const borders = (...sides: XmlNode[]): XmlNode => el('w:tblPr', {}, el('w:tblBorders', {}, ...sides));
  const side = (name: string, value: string, size: number): XmlNode =>
    el(name, { 'w:val': value, 'w:sz': size, 'w:space': 0, 'w:color': 'auto' });

  it('reads rows, header rows, cell widths from the grid columns they span, and cell margins', () => {
    const table = el(
      'w:tbl',
      {},
      el(
        'w:tblPr',
        {},
        el('w:tblBorders', {}, side('w:top', 'single', 4), side('w:insideH', 'single', 12)),
        el(
          'w:tblCellMar',
          {},
          el('w:top', { 'w:w': 20 }),
          el('w:left', { 'w:w': 100 }),
          el('w:bottom', { 'w:w': 20 }),
          el('w:right', { 'w:w': 100 }),
        ),
      ),
      grid,
      el(
        'w:tr',
        {},
        el('w:trPr', {}, el('w:tblHeader')),
        cell(5000, [w.val('w:gridSpan', 2)], 'Indicator'),
        cell(4000, [], 'Value'),
      ),
      el(
        'w:tr',
        {},
        cell(2000, [el('w:tcMar', {}, el('w:top', { 'w:w': 50 }), el('w:start', { 'w:w': 200 }))], 'Girls', 'Boys'),
        cell(3000, [], '52%'),
        cell(4000, [], '48%'),
      ),
    );
    const block = onlyTable(table);
    expect(block.borderWidth).toBe(1.5); // insideH, in eighths of a point
    expect(block.rows.map((row) => row.header)).toEqual([true, false]);
    expect(block.rows.map((row) => row.cells.map((each) => each.width))).toEqual([
      [5000, 4000],
      [2000, 3000, 4000],
    ]);
    expect(block.rows[0]?.cells[0]?.margins).toEqual({ top: 20, bottom: 20, left: 100, right: 100 });
    expect(block.rows[1]?.cells[0]?.margins).toEqual({ top: 50, bottom: 20, left: 200, right: 100 });
    expect(block.rows[1]?.cells[0]?.paragraphs.map(shown)).toEqual([['Girls'], ['Boys']]);
    expect(block.rows[1]?.cells[0]?.paragraphs[0]?.format).toEqual(NORMAL);
  });

  it('does not repeat a row whose header mark is switched off', () => {
    const table = el(
      'w:tbl',
      {},
      grid,
      el('w:tr', {}, el('w:trPr', {}, el('w:tblHeader', { 'w:val': false })), cell(2000, [], 'x')),
    );
    expect(onlyTable(table).rows[0]?.header).toBe(false);
  });

  it("takes the top border without an inside one, and no border when it is 'none' or 'nil'", () => {
    const row = el('w:tr', {}, cell(2000, [], 'x'));
    expect(onlyTable(el('w:tbl', {}, borders(side('w:top', 'single', 8)), grid, row)).borderWidth).toBe(1);
    expect(
      onlyTable(el('w:tbl', {}, borders(side('w:top', 'single', 8), side('w:insideH', 'none', 8)), grid, row))
        .borderWidth,
    ).toBe(0);
    expect(onlyTable(el('w:tbl', {}, borders(side('w:insideH', 'nil', 8)), grid, row)).borderWidth).toBe(0);
    expect(onlyTable(el('w:tbl', {}, grid, row)).borderWidth).toBe(0);
  });

  it("gives cells Word's default margins, 108 twips at the sides, without w:tblCellMar", () => {
    const block = onlyTable(el('w:tbl', {}, grid, el('w:tr', {}, cell(2000, [], 'x'))));
    expect(block.rows[0]?.cells[0]?.margins).toEqual({ top: 0, bottom: 0, left: 108, right: 108 });
  });

  it("puts a nested table's paragraphs in its cell, one under another", () => {
    const inner = el(
      'w:tbl',
      {},
      el('w:tblGrid', {}, el('w:gridCol', { 'w:w': 1000 }), el('w:gridCol', { 'w:w': 1000 })),
      el('w:tr', {}, cell(1000, [], 'left'), cell(1000, [], 'right')),
    );
    const outer = el(
      'w:tbl',
      {},
      grid,
      el('w:tr', {}, el('w:tc', {}, w.p([], textRun('above')), inner, w.p([], textRun('below')))),
    );
    expect(onlyTable(outer).rows[0]?.cells[0]?.paragraphs.map(shown)).toEqual([
      ['above'],
      ['left'],
      ['right'],
      ['below'],
    ]);
  });

  it('keeps paragraphs and tables in body order', () => {
    const table = el('w:tbl', {}, grid, el('w:tr', {}, cell(2000, [], 'x')));
    expect(
      read(w.p([], textRun('before')), table, w.p([], textRun('after'))).blocks.map((block: Block) => block.kind),
    ).toEqual(['paragraph', 'table', 'paragraph']);
  });
});

describe('readBlocks: page geometry', () => {
  it('reads the text area from the section: margins in points from the top, the column width in twips', () => {
    const section = el(
      'w:sectPr',
      {},
      el('w:pgSz', { 'w:w': 11906, 'w:h': 16838, 'w:orient': 'portrait' }),
      el('w:pgMar', {
        'w:top': 1440,
        'w:right': 1134,
        'w:bottom': 1080,
        'w:left': 1134,
        'w:header': 708,
        'w:footer': 708,
        'w:gutter': 0,
      }),
    );
    const { geometry } = read(w.p([], textRun('x')), section);
    expect(geometry.top).toBe(72);
    expect(geometry.bottom).toBeCloseTo(787.9, 9); // (16838 − 1080) / 20
    expect(geometry.textWidth).toBe(9638); // 11906 − 2 × 1134
  });

  it('takes a negative top margin (one the header may not push) by its size', () => {
    const section = el(
      'w:sectPr',
      {},
      el('w:pgSz', { 'w:w': 12240, 'w:h': 15840 }),
      el('w:pgMar', { 'w:top': -1000, 'w:right': 1440, 'w:bottom': 1440, 'w:left': 1440 }),
    );
    expect(read(section).geometry).toMatchObject({ top: 50, bottom: 720, textWidth: 9360 });
  });

  it('keeps the sheet, the left margin and the header and footer distances, in points', () => {
    const section = el(
      'w:sectPr',
      {},
      el('w:pgSz', { 'w:w': 12240, 'w:h': 15840 }),
      el('w:pgMar', {
        'w:top': 1247,
        'w:right': 1247,
        'w:bottom': 1247,
        'w:left': 1247,
        'w:header': 567,
        'w:footer': 567,
      }),
    );
    expect(read(section).geometry.page).toEqual({ width: 612, height: 792, left: 62.35, header: 28.35, footer: 28.35 });
  });

  it('takes A4 with one-inch margins for what the section leaves out', () => {
    const { geometry } = read(el('w:sectPr', {}));
    expect(geometry.top).toBe(72);
    expect(geometry.bottom).toBeCloseTo(769.9, 9); // (16838 − 1440) / 20
    expect(geometry.textWidth).toBe(9026); // 11906 − 2 × 1440
  });
});
