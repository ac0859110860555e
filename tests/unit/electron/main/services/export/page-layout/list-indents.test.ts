import { describe, expect, it } from 'vitest';
import { readListIndents } from '@/electron/main/services/export/page-layout/list-indents';
import { numberAttribute, type XmlNode } from '@/electron/main/services/export/page-layout/xml-node';
import { el, w } from './support/xml';

function level(index: number, left?: number): XmlNode {
  const properties = left === undefined ? [] : [el('w:pPr', {}, el('w:ind', { 'w:left': left, 'w:hanging': 360 }))];
  return el(
    'w:lvl',
    { 'w:ilvl': index },
    w.val('w:start', 1),
    w.val('w:numFmt', 'bullet'),
    w.val('w:lvlText', '•'),
    ...properties,
  );
}

const numbering = el(
  'w:numbering',
  {},
  el(
    'w:abstractNum',
    { 'w:abstractNumId': 7 },
    w.val('w:multiLevelType', 'hybridMultilevel'),
    level(0, 720),
    level(1, 1440),
    level(2),
  ),
  el('w:abstractNum', { 'w:abstractNumId': 8 }, level(0, 360)),
  el('w:num', { 'w:numId': 1 }, w.val('w:abstractNumId', 7)),
  el('w:num', { 'w:numId': 2 }, w.val('w:abstractNumId', 8)),
  el('w:num', { 'w:numId': 3 }, w.val('w:abstractNumId', 7)),
);

const leftOf = (indent: XmlNode | undefined): number | undefined => indent && numberAttribute(indent, 'w:left');

describe('readListIndents', () => {
  const lists = readListIndents(numbering);

  it("gives a list level's indent through the abstract list its id uses", () => {
    expect(leftOf(lists.indentOf(1, 0))).toBe(720);
    expect(leftOf(lists.indentOf(1, 1))).toBe(1440);
    expect(leftOf(lists.indentOf(2, 0))).toBe(360);
    expect(lists.indentOf(3, 1)).toBe(lists.indentOf(1, 1));
  });

  it('gives the w:ind element itself, hanging indent included', () => {
    expect(lists.indentOf(1, 0)).toEqual(el('w:ind', { 'w:left': 720, 'w:hanging': 360 }));
  });

  it('gives nothing for an unknown list, a missing level, or a level without indent', () => {
    expect(lists.indentOf(9, 0)).toBeUndefined();
    expect(lists.indentOf(2, 1)).toBeUndefined();
    expect(lists.indentOf(1, 2)).toBeUndefined();
  });

  it('gives nothing without a numbering part', () => {
    expect(readListIndents(undefined).indentOf(1, 0)).toBeUndefined();
  });
});
