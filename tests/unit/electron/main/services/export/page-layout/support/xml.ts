import type { XmlChild, XmlNode } from '@/electron/main/services/export/page-layout/xml-node';

type Attributes = Readonly<Record<string, string | number | boolean>>;

/**
 * An element as docx's `prepForXml` writes it: `{ tag: [{ _attr }, ...children] }`, or
 * `{ tag: { _attr } }` when it has attributes only, or `{ tag: {} }` when it has nothing.
 */
export function el(tag: string, attributes: Attributes = {}, ...children: XmlChild[]): XmlNode {
  const hasAttributes = Object.keys(attributes).length > 0;
  if (children.length === 0) return { [tag]: hasAttributes ? { _attr: attributes } : {} };
  return { [tag]: hasAttributes ? [{ _attr: attributes }, ...children] : children };
}

/** WordprocessingML elements, named after their tags. */
export const w = {
  body: (...children: XmlNode[]): XmlNode => el('w:body', {}, ...children),
  /** A paragraph: its `w:pPr` children (none: no `w:pPr`), then its content. */
  p: (properties: readonly XmlNode[], ...content: XmlNode[]): XmlNode =>
    el('w:p', {}, ...(properties.length > 0 ? [el('w:pPr', {}, ...properties)] : []), ...content),
  /** A run: its `w:rPr` children (none: no `w:rPr`), then its content. */
  r: (properties: readonly XmlNode[], ...content: XmlNode[]): XmlNode =>
    el('w:r', {}, ...(properties.length > 0 ? [el('w:rPr', {}, ...properties)] : []), ...content),
  t: (text: string): XmlNode => el('w:t', { 'xml:space': 'preserve' }, text),
  /** An element whose only attribute is `w:val`, such as `<w:pStyle w:val="Heading1"/>`. */
  val: (tag: string, value: string | number | boolean): XmlNode => el(tag, { 'w:val': value }),
};

export function textRun(text: string, ...properties: XmlNode[]): XmlNode {
  return w.r(properties, w.t(text));
}

export function fieldChar(type: 'begin' | 'separate' | 'end'): XmlNode {
  return w.r([], el('w:fldChar', { 'w:fldCharType': type }));
}

export function instruction(code: string): XmlNode {
  return w.r([], el('w:instrText', { 'xml:space': 'preserve' }, code));
}

/** A complex field as runs: begin, its code, separate, its result (none: no result run), end. */
export function complexField(code: string, result?: string): XmlNode[] {
  return [
    fieldChar('begin'),
    instruction(code),
    fieldChar('separate'),
    ...(result === undefined ? [] : [textRun(result)]),
    fieldChar('end'),
  ];
}
