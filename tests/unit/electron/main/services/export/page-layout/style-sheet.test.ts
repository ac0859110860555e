import { describe, expect, it } from 'vitest';
import { WORD_PARAGRAPH, WORD_RUN } from '@/electron/main/services/export/page-layout/formatting';
import { readStyleSheet } from '@/electron/main/services/export/page-layout/style-sheet';
import type { XmlNode } from '@/electron/main/services/export/page-layout/xml-node';
import { arial } from './support/blocks';
import { el, w } from './support/xml';

const docDefaults = el(
  'w:docDefaults',
  {},
  el('w:rPrDefault', {}, el('w:rPr', {}, el('w:rFonts', { 'w:ascii': 'Arial' }), w.val('w:sz', 21))),
  el('w:pPrDefault', {}, el('w:pPr', {}, el('w:spacing', { 'w:after': 120, 'w:line': 276, 'w:lineRule': 'auto' }))),
);

function paragraphStyle(id: string, children: XmlNode[], attributes: Record<string, string | boolean> = {}): XmlNode {
  return el('w:style', { 'w:type': 'paragraph', 'w:styleId': id, ...attributes }, w.val('w:name', id), ...children);
}

const styles = el(
  'w:styles',
  {},
  docDefaults,
  paragraphStyle('Normal', [], { 'w:default': true }),
  paragraphStyle('Heading1', [
    w.val('w:basedOn', 'Normal'),
    w.val('w:next', 'Normal'),
    el('w:pPr', {}, el('w:keepNext'), el('w:keepLines'), el('w:spacing', { 'w:before': 360, 'w:after': 80 })),
    el('w:rPr', {}, el('w:b'), w.val('w:sz', 32)),
  ]),
  paragraphStyle('Heading2', [
    w.val('w:basedOn', 'Heading1'),
    el('w:pPr', {}, w.val('w:keepLines', false), el('w:spacing', { 'w:before': 160 })),
    el('w:rPr', {}, w.val('w:sz', 26)),
  ]),
  paragraphStyle('ListParagraph', [
    w.val('w:basedOn', 'Normal'),
    el('w:pPr', {}, el('w:ind', { 'w:left': 720, 'w:hanging': 360 })),
  ]),
  el('w:style', { 'w:type': 'character', 'w:styleId': 'Strong' }, el('w:rPr', {}, el('w:b'))),
);

describe('readStyleSheet', () => {
  const sheet = readStyleSheet(styles);

  it('gives the default style the document defaults: 10.5 pt, 6 pt after, lines of 1.15', () => {
    expect(sheet.look('Normal')).toEqual({
      paragraph: { ...WORD_PARAGRAPH, spaceAfter: 120, line: { value: 276, rule: 'auto' } },
      run: arial(10.5),
    });
  });

  it('gives an unknown or missing style id the default style', () => {
    expect(sheet.look('NoSuchStyle')).toEqual(sheet.look('Normal'));
    expect(sheet.look(undefined)).toEqual(sheet.look('Normal'));
  });

  it('sets a style over the one it is based on', () => {
    const heading = sheet.look('Heading1');
    expect(heading.paragraph).toEqual({
      ...WORD_PARAGRAPH,
      spaceBefore: 360,
      spaceAfter: 80,
      line: { value: 276, rule: 'auto' },
      keepNext: true,
      keepLines: true,
    });
    expect(heading.run).toEqual(arial(16, { bold: true }));
  });

  it('inherits through two levels and overrides only what the style sets', () => {
    const subheading = sheet.look('Heading2');
    expect(subheading.paragraph).toEqual({
      ...WORD_PARAGRAPH,
      spaceBefore: 160,
      spaceAfter: 80,
      line: { value: 276, rule: 'auto' },
      keepNext: true,
      keepLines: false,
    });
    expect(subheading.run).toEqual(arial(13, { bold: true }));
  });

  it('reads a hanging indent as a negative first line', () => {
    expect(sheet.look('ListParagraph').paragraph).toMatchObject({ indentLeft: 720, firstLine: -360, spaceAfter: 120 });
  });

  it('leaves character styles out: their id is unknown to paragraphs', () => {
    expect(sheet.look('Strong')).toEqual(sheet.look('Normal'));
  });

  it("uses the style marked default, and Word's own defaults without docDefaults", () => {
    const bodyText = readStyleSheet(
      el(
        'w:styles',
        {},
        paragraphStyle('Normal', []),
        paragraphStyle('BodyText', [el('w:pPr', {}, el('w:spacing', { 'w:after': 200 }))], { 'w:default': '1' }),
      ),
    );
    expect(bodyText.look('Missing')).toEqual({ paragraph: { ...WORD_PARAGRAPH, spaceAfter: 200 }, run: WORD_RUN });
    expect(bodyText.look('Normal')).toEqual({ paragraph: WORD_PARAGRAPH, run: WORD_RUN });
  });

  it('survives styles based on each other', () => {
    const loop = readStyleSheet(
      el(
        'w:styles',
        {},
        paragraphStyle('A', [w.val('w:basedOn', 'B'), el('w:pPr', {}, el('w:spacing', { 'w:before': 100 }))]),
        paragraphStyle('B', [w.val('w:basedOn', 'A'), el('w:pPr', {}, el('w:spacing', { 'w:after': 50 }))]),
      ),
    );
    expect(loop.look('A').paragraph).toMatchObject({ spaceBefore: 100, spaceAfter: 50 });
  });
});
