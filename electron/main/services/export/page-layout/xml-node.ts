/**
 * Reading docx's formatted XML objects (what `prepForXml` returns and the page estimator is
 * given): each element is an object with one key, its tag, whose value is a list of children
 * (elements, text, and an `_attr` object first when it has attributes), an `{ _attr }` object,
 * or an empty object.
 */
export type XmlNode = Readonly<Record<string, unknown>>;
export type XmlChild = XmlNode | string;

export function tagOf(node: XmlNode): string {
  for (const key in node) if (key !== '_attr') return key;
  return '';
}

export function childrenOf(node: XmlNode): readonly XmlChild[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlChild[]) : [];
}

/** The child elements (not text, not attributes) of an element. */
export function elementsOf(node: XmlNode): XmlNode[] {
  const elements: XmlNode[] = [];
  for (const child of childrenOf(node)) {
    if (typeof child === 'object' && tagOf(child) !== '') elements.push(child);
  }
  return elements;
}

export function attributesOf(node: XmlNode): Readonly<Record<string, unknown>> {
  const value = node[tagOf(node)];
  if (Array.isArray(value)) {
    const first: unknown = value[0];
    if (typeof first === 'object' && first !== null && '_attr' in first)
      return (first as { _attr: Record<string, unknown> })._attr;
    return {};
  }
  if (typeof value === 'object' && value !== null && '_attr' in value)
    return (value as { _attr: Record<string, unknown> })._attr;
  return {};
}

export function numberAttribute(node: XmlNode, name: string): number | undefined {
  const value = attributesOf(node)[name];
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

/** A toggle such as `<w:b/>` or `<w:keepNext w:val="false"/>`: on unless its value says off. */
export function isOn(node: XmlNode): boolean {
  const value = attributesOf(node)['w:val'];
  return !(value === false || value === 0 || value === 'false' || value === '0' || value === 'off');
}

/** The text of a `w:t` or `w:instrText` element. */
export function textOf(node: XmlNode): string {
  let text = '';
  for (const child of childrenOf(node)) if (typeof child === 'string') text += child;
  return text;
}

/** The first child element with a tag, such as a paragraph's `w:pPr`. */
export function childNamed(node: XmlNode, tag: string): XmlNode | undefined {
  for (const child of childrenOf(node)) if (typeof child === 'object' && tag in child) return child;
  return undefined;
}

/** The first element with a tag anywhere below an element, depth first (a drawing's picture). */
export function descendantNamed(node: XmlNode, tag: string): XmlNode | undefined {
  for (const child of elementsOf(node)) {
    if (tagOf(child) === tag) return child;
    const found = descendantNamed(child, tag);
    if (found) return found;
  }
  return undefined;
}
