import {
  WORD_PARAGRAPH,
  WORD_RUN,
  withParagraphProperties,
  withRunProperties,
  type ParagraphFormat,
} from './formatting';
import type { RunLook } from './text-measure';
import { attributesOf, childNamed, elementsOf, tagOf, type XmlNode } from './xml-node';

export interface StyleLook {
  readonly paragraph: ParagraphFormat;
  readonly run: RunLook;
}

export interface StyleSheet {
  /** The look of a paragraph style by id, the default paragraph style for an unknown id. */
  look(styleId: string | undefined): StyleLook;
}

/**
 * The paragraph styles of a document as written in its styles part (docx's `w:styles`
 * element): document defaults, then each style over the one it is based on.
 */
export function readStyleSheet(styles: XmlNode): StyleSheet {
  let base: StyleLook = { paragraph: WORD_PARAGRAPH, run: WORD_RUN };
  const definitions = new Map<string, XmlNode>();
  let defaultId = 'Normal';
  for (const element of elementsOf(styles)) {
    const tag = tagOf(element);
    if (tag === 'w:docDefaults') base = documentDefaults(element, base);
    if (tag !== 'w:style' || attributesOf(element)['w:type'] !== 'paragraph') continue;
    const id = String(attributesOf(element)['w:styleId']);
    definitions.set(id, element);
    const isDefault = attributesOf(element)['w:default'];
    if (isDefault === true || isDefault === 1 || isDefault === '1' || isDefault === 'true') defaultId = id;
  }
  const resolved = new Map<string, StyleLook>();
  const resolve = (id: string, seen: ReadonlySet<string>): StyleLook => {
    const known = resolved.get(id);
    if (known) return known;
    const definition = definitions.get(id);
    if (!definition || seen.has(id)) return base;
    const parentId = childNamed(definition, 'w:basedOn');
    const parent = parentId ? resolve(String(attributesOf(parentId)['w:val']), new Set([...seen, id])) : base;
    const look = {
      paragraph: withParagraphProperties(parent.paragraph, childNamed(definition, 'w:pPr')),
      run: withRunProperties(parent.run, childNamed(definition, 'w:rPr')),
    };
    resolved.set(id, look);
    return look;
  };
  return {
    look: (styleId) =>
      styleId !== undefined && definitions.has(styleId) ? resolve(styleId, new Set()) : resolve(defaultId, new Set()),
  };
}

function documentDefaults(defaults: XmlNode, base: StyleLook): StyleLook {
  const runDefaults = childNamed(defaults, 'w:rPrDefault');
  const paragraphDefaults = childNamed(defaults, 'w:pPrDefault');
  return {
    run: withRunProperties(base.run, runDefaults && childNamed(runDefaults, 'w:rPr')),
    paragraph: withParagraphProperties(base.paragraph, paragraphDefaults && childNamed(paragraphDefaults, 'w:pPr')),
  };
}
