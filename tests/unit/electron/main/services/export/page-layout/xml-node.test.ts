import { describe, expect, it } from 'vitest';
import {
  attributesOf,
  childNamed,
  childrenOf,
  elementsOf,
  isOn,
  numberAttribute,
  tagOf,
  textOf,
} from '@/electron/main/services/export/page-layout/xml-node';

// Objects in the shape docx's prepForXml gives, written out by hand.
const text = { 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, 'Elimu ', 'kwa wote'] };
const run = { 'w:r': [{ 'w:rPr': [{ 'w:b': {} }] }, text] };
const paragraphProperties = {
  'w:pPr': [
    { 'w:pStyle': { _attr: { 'w:val': 'Heading1' } } },
    { 'w:spacing': { _attr: { 'w:before': 240, 'w:after': '120' } } },
  ],
};
const paragraph = { 'w:p': [{ _attr: { 'w14:paraId': '1A2B' } }, paragraphProperties, run] };
const bare = { 'w:p': [paragraphProperties, run] };

describe('tagOf', () => {
  it('is the one key of an element', () => {
    expect(tagOf(paragraph)).toBe('w:p');
    expect(tagOf({ 'w:b': {} })).toBe('w:b');
  });

  it('is empty for an attributes object', () => {
    expect(tagOf({ _attr: { 'w:val': 1 } })).toBe('');
  });
});

describe('childrenOf and elementsOf', () => {
  it('gives every child, the attributes object included', () => {
    expect(childrenOf(paragraph)).toEqual([{ _attr: { 'w14:paraId': '1A2B' } }, paragraphProperties, run]);
  });

  it('gives the child elements only, without attributes and text', () => {
    expect(elementsOf(paragraph)).toEqual([paragraphProperties, run]);
    expect(elementsOf(text)).toEqual([]);
  });

  it('gives nothing for an empty element or one with attributes only', () => {
    expect(childrenOf({ 'w:b': {} })).toEqual([]);
    expect(elementsOf({ 'w:b': { _attr: { 'w:val': false } } })).toEqual([]);
  });
});

describe('attributesOf', () => {
  it('reads the attributes at the head of the children', () => {
    expect(attributesOf(paragraph)).toEqual({ 'w14:paraId': '1A2B' });
  });

  it('reads the attributes of an element that has nothing else', () => {
    expect(attributesOf({ 'w:b': { _attr: { 'w:val': false } } })).toEqual({ 'w:val': false });
  });

  it('is empty when the element has none', () => {
    expect(attributesOf(bare)).toEqual({});
    expect(attributesOf({ 'w:b': {} })).toEqual({});
  });
});

describe('numberAttribute', () => {
  const spacing = {
    'w:spacing': { _attr: { 'w:before': 240, 'w:after': '120', 'w:line': ' ', 'w:lineRule': 'auto' } },
  };

  it('reads numbers and numeric strings', () => {
    expect(numberAttribute(spacing, 'w:before')).toBe(240);
    expect(numberAttribute(spacing, 'w:after')).toBe(120);
  });

  it('is undefined for a missing, blank or non-numeric attribute', () => {
    expect(numberAttribute(spacing, 'w:beforeLines')).toBeUndefined();
    expect(numberAttribute(spacing, 'w:line')).toBeUndefined();
    expect(numberAttribute(spacing, 'w:lineRule')).toBeUndefined();
  });
});

describe('isOn', () => {
  it('is on for a bare toggle or one whose value says so', () => {
    expect(isOn({ 'w:b': {} })).toBe(true);
    expect(isOn({ 'w:b': { _attr: { 'w:val': true } } })).toBe(true);
    expect(isOn({ 'w:b': { _attr: { 'w:val': '1' } } })).toBe(true);
  });

  it('is off for every way of writing false', () => {
    for (const value of [false, 0, 'false', '0', 'off'])
      expect(isOn({ 'w:keepNext': { _attr: { 'w:val': value } } })).toBe(false);
  });
});

describe('textOf', () => {
  it('joins the text children and ignores the attributes', () => {
    expect(textOf(text)).toBe('Elimu kwa wote');
  });

  it('is empty for an element without text', () => {
    expect(textOf({ 'w:t': {} })).toBe('');
  });
});

describe('childNamed', () => {
  it('finds the first child element with a tag', () => {
    expect(childNamed(paragraph, 'w:pPr')).toBe(paragraphProperties);
    expect(childNamed(paragraph, 'w:r')).toBe(run);
  });

  it('is undefined when there is none', () => {
    expect(childNamed(paragraph, 'w:hyperlink')).toBeUndefined();
    expect(childNamed({ 'w:b': {} }, 'w:val')).toBeUndefined();
  });
});
