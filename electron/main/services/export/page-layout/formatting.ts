import { attributesOf, elementsOf, isOn, numberAttribute, tagOf, type XmlNode } from './xml-node';
import type { RunLook } from './text-measure';

/** A paragraph's properties that move lines and pages; lengths in twips. */
export interface ParagraphFormat {
  readonly spaceBefore: number;
  readonly spaceAfter: number;
  /** Line spacing: a multiple of single (`auto`), or a fixed or minimum height in twips. */
  readonly line: { readonly value: number; readonly rule: 'auto' | 'exact' | 'atLeast' };
  readonly keepNext: boolean;
  readonly keepLines: boolean;
  readonly pageBreakBefore: boolean;
  readonly widowControl: boolean;
  readonly indentLeft: number;
  readonly indentRight: number;
  /** First-line indent; negative for a hanging indent. */
  readonly firstLine: number;
  /** Where lines sit between the indents (lines wrap the same way whatever it is). */
  readonly alignment?: 'left' | 'center' | 'right';
  /** A rule under the paragraph (the header's), drawn `space` points below its last line. */
  readonly borderBottom?: { readonly width: number; readonly color: string; readonly space: number };
}

/** What Word assumes before any style says otherwise (widow control is on in Word's Normal). */
export const WORD_PARAGRAPH: ParagraphFormat = {
  spaceBefore: 0,
  spaceAfter: 0,
  line: { value: 240, rule: 'auto' },
  keepNext: false,
  keepLines: false,
  pageBreakBefore: false,
  widowControl: true,
  indentLeft: 0,
  indentRight: 0,
  firstLine: 0,
};

export const WORD_RUN: RunLook = { size: 10, bold: false, italic: false };

/** Applies a `w:pPr` element's properties over inherited ones. */
export function withParagraphProperties(base: ParagraphFormat, properties: XmlNode | undefined): ParagraphFormat {
  if (!properties) return base;
  let format = base;
  for (const property of elementsOf(properties)) {
    switch (tagOf(property)) {
      case 'w:spacing': {
        const line = numberAttribute(property, 'w:line');
        const rule = lineRuleOf(property);
        format = {
          ...format,
          spaceBefore: numberAttribute(property, 'w:before') ?? format.spaceBefore,
          spaceAfter: numberAttribute(property, 'w:after') ?? format.spaceAfter,
          line: line === undefined ? format.line : { value: line, rule: rule ?? 'auto' },
        };
        break;
      }
      case 'w:keepNext':
        format = { ...format, keepNext: isOn(property) };
        break;
      case 'w:keepLines':
        format = { ...format, keepLines: isOn(property) };
        break;
      case 'w:pageBreakBefore':
        format = { ...format, pageBreakBefore: isOn(property) };
        break;
      case 'w:widowControl':
        format = { ...format, widowControl: isOn(property) };
        break;
      case 'w:ind':
        format = withIndent(format, property);
        break;
      case 'w:jc':
        format = { ...format, alignment: alignmentOf(attributesOf(property)['w:val']) };
        break;
      case 'w:pBdr':
        format = { ...format, borderBottom: bottomBorderOf(property) };
        break;
      default:
        break;
    }
  }
  return format;
}

function alignmentOf(value: unknown): ParagraphFormat['alignment'] {
  if (value === 'center') return 'center';
  return value === 'right' || value === 'end' ? 'right' : 'left';
}

function bottomBorderOf(borders: XmlNode): ParagraphFormat['borderBottom'] {
  const bottom = elementsOf(borders).find((element) => tagOf(element) === 'w:bottom');
  if (!bottom) return undefined;
  const style = attributesOf(bottom)['w:val'];
  if (style === 'none' || style === 'nil') return undefined;
  const color = attributesOf(bottom)['w:color'];
  return {
    width: (numberAttribute(bottom, 'w:sz') ?? 4) / 8,
    color: typeof color === 'string' && /^[0-9A-Fa-f]{6}$/.test(color) ? color.toUpperCase() : '000000',
    space: numberAttribute(bottom, 'w:space') ?? 0,
  };
}

export function withIndent(format: ParagraphFormat, indent: XmlNode): ParagraphFormat {
  const hanging = numberAttribute(indent, 'w:hanging');
  const firstLine = numberAttribute(indent, 'w:firstLine');
  return {
    ...format,
    indentLeft: numberAttribute(indent, 'w:left') ?? numberAttribute(indent, 'w:start') ?? format.indentLeft,
    indentRight: numberAttribute(indent, 'w:right') ?? numberAttribute(indent, 'w:end') ?? format.indentRight,
    firstLine: hanging !== undefined ? -hanging : (firstLine ?? format.firstLine),
  };
}

function lineRuleOf(spacing: XmlNode): ParagraphFormat['line']['rule'] | undefined {
  const rule = attributesOf(spacing)['w:lineRule'];
  return rule === 'exact' || rule === 'atLeast' || rule === 'auto' ? rule : undefined;
}

/** Applies a `w:rPr` element's size, bold, italic, colour and underline over inherited ones. */
export function withRunProperties(base: RunLook, properties: XmlNode | undefined): RunLook {
  if (!properties) return base;
  let font = base;
  for (const property of elementsOf(properties)) {
    switch (tagOf(property)) {
      case 'w:sz': {
        const halfPoints = numberAttribute(property, 'w:val');
        if (halfPoints !== undefined) font = { ...font, size: halfPoints / 2 };
        break;
      }
      case 'w:b':
        font = { ...font, bold: isOn(property) };
        break;
      case 'w:i':
        font = { ...font, italic: isOn(property) };
        break;
      case 'w:color': {
        const value = attributesOf(property)['w:val'];
        font = {
          ...font,
          color: typeof value === 'string' && /^[0-9A-Fa-f]{6}$/.test(value) ? value.toUpperCase() : undefined,
        };
        break;
      }
      case 'w:u': {
        const value = attributesOf(property)['w:val'];
        font = { ...font, underline: value !== 'none' && value !== undefined };
        break;
      }
      default:
        break;
    }
  }
  return font;
}
