import { describe, expect, it } from 'vitest';
import {
  WORD_PARAGRAPH,
  WORD_RUN,
  withIndent,
  withParagraphProperties,
  withRunProperties,
} from '@/electron/main/services/export/page-layout/formatting';
import type { XmlNode } from '@/electron/main/services/export/page-layout/xml-node';
import { arial } from './support/blocks';
import { el, w } from './support/xml';

const pPr = (...children: XmlNode[]): XmlNode => el('w:pPr', {}, ...children);
const rPr = (...children: XmlNode[]): XmlNode => el('w:rPr', {}, ...children);

describe('withParagraphProperties', () => {
  it('keeps the inherited format when there are no properties', () => {
    expect(withParagraphProperties(WORD_PARAGRAPH, undefined)).toBe(WORD_PARAGRAPH);
  });

  it('reads spacing before, after and the line rule, keeping what it does not set', () => {
    const format = withParagraphProperties(
      WORD_PARAGRAPH,
      pPr(el('w:spacing', { 'w:before': 240, 'w:line': 300, 'w:lineRule': 'exact' })),
    );
    expect(format).toEqual({ ...WORD_PARAGRAPH, spaceBefore: 240, line: { value: 300, rule: 'exact' } });
    const after = withParagraphProperties(format, pPr(el('w:spacing', { 'w:after': '160' })));
    expect(after).toEqual({ ...format, spaceAfter: 160 });
  });

  it('takes a line without a rule as a multiple of single, and ignores a rule without a line', () => {
    const exact = { ...WORD_PARAGRAPH, line: { value: 300, rule: 'exact' as const } };
    expect(withParagraphProperties(exact, pPr(el('w:spacing', { 'w:line': 276 }))).line).toEqual({
      value: 276,
      rule: 'auto',
    });
    expect(withParagraphProperties(exact, pPr(el('w:spacing', { 'w:lineRule': 'atLeast' }))).line).toEqual({
      value: 300,
      rule: 'exact',
    });
    expect(
      withParagraphProperties(exact, pPr(el('w:spacing', { 'w:line': 480, 'w:lineRule': 'atLeast' }))).line,
    ).toEqual({ value: 480, rule: 'atLeast' });
  });

  it('turns keep-with-next, keep-lines and page-break-before on, and off again with w:val false', () => {
    const on = withParagraphProperties(
      WORD_PARAGRAPH,
      pPr(el('w:keepNext'), el('w:keepLines'), el('w:pageBreakBefore')),
    );
    expect(on).toMatchObject({ keepNext: true, keepLines: true, pageBreakBefore: true });
    const off = withParagraphProperties(
      on,
      pPr(w.val('w:keepNext', false), w.val('w:keepLines', '0'), w.val('w:pageBreakBefore', 'off')),
    );
    expect(off).toEqual(WORD_PARAGRAPH);
  });

  it('turns widow control off', () => {
    expect(WORD_PARAGRAPH.widowControl).toBe(true);
    expect(withParagraphProperties(WORD_PARAGRAPH, pPr(w.val('w:widowControl', 0))).widowControl).toBe(false);
  });

  it('reads indents, a hanging indent as a negative first line', () => {
    const format = withParagraphProperties(
      WORD_PARAGRAPH,
      pPr(el('w:ind', { 'w:left': 720, 'w:right': 360, 'w:hanging': 360 })),
    );
    expect(format).toMatchObject({ indentLeft: 720, indentRight: 360, firstLine: -360 });
  });

  it('ignores properties that neither move lines nor show on the page', () => {
    expect(withParagraphProperties(WORD_PARAGRAPH, pPr(w.val('w:outlineLvl', 0), el('w:suppressAutoHyphens')))).toEqual(
      WORD_PARAGRAPH,
    );
  });

  it('keeps the alignment and the rule under a paragraph, for drawing it', () => {
    const bordered = pPr(
      w.val('w:jc', 'center'),
      el('w:pBdr', {}, el('w:bottom', { 'w:val': 'single', 'w:sz': 4, 'w:color': 'bfbfbf', 'w:space': 4 })),
    );
    expect(withParagraphProperties(WORD_PARAGRAPH, bordered)).toEqual({
      ...WORD_PARAGRAPH,
      alignment: 'center',
      borderBottom: { width: 0.5, color: 'BFBFBF', space: 4 },
    });
    expect(withParagraphProperties(WORD_PARAGRAPH, pPr(w.val('w:jc', 'end'))).alignment).toBe('right');
    expect(
      withParagraphProperties(WORD_PARAGRAPH, pPr(el('w:pBdr', {}, el('w:bottom', { 'w:val': 'none' })))).borderBottom,
    ).toBeUndefined();
  });
});

describe('withIndent', () => {
  it('reads start and end as left and right, and a first-line indent', () => {
    expect(
      withIndent(WORD_PARAGRAPH, el('w:ind', { 'w:start': 1440, 'w:end': 200, 'w:firstLine': 720 })),
    ).toMatchObject({ indentLeft: 1440, indentRight: 200, firstLine: 720 });
  });

  it('keeps the inherited indents it does not set', () => {
    const listed = { ...WORD_PARAGRAPH, indentLeft: 720, indentRight: 100, firstLine: -360 };
    expect(withIndent(listed, el('w:ind', { 'w:left': 1080 }))).toMatchObject({
      indentLeft: 1080,
      indentRight: 100,
      firstLine: -360,
    });
  });
});

describe('withRunProperties', () => {
  it('keeps the inherited font when there are no properties', () => {
    expect(withRunProperties(WORD_RUN, undefined)).toBe(WORD_RUN);
    expect(WORD_RUN).toEqual(arial(10));
  });

  it('reads the size in half-points, bold and italic', () => {
    expect(withRunProperties(WORD_RUN, rPr(w.val('w:sz', 21), el('w:b'), el('w:i')))).toEqual(
      arial(10.5, { bold: true, italic: true }),
    );
  });

  it('turns inherited bold and italic off with w:val false', () => {
    expect(
      withRunProperties(arial(16, { bold: true, italic: true }), rPr(w.val('w:b', false), w.val('w:i', '0'))),
    ).toEqual(arial(16));
  });

  it('ignores the complex-script size and other properties', () => {
    expect(withRunProperties(WORD_RUN, rPr(w.val('w:szCs', 40), el('w:bCs'), w.val('w:highlight', 'yellow')))).toEqual(
      WORD_RUN,
    );
  });

  it('keeps the colour and underline, for drawing; automatic colour is none of its own', () => {
    expect(withRunProperties(WORD_RUN, rPr(w.val('w:color', '2f5496'), w.val('w:u', 'single')))).toEqual({
      ...WORD_RUN,
      color: '2F5496',
      underline: true,
    });
    expect(
      withRunProperties(
        { ...WORD_RUN, color: '2F5496', underline: true },
        rPr(w.val('w:color', 'auto'), w.val('w:u', 'none')),
      ),
    ).toEqual({ ...WORD_RUN, color: undefined, underline: false });
  });
});
