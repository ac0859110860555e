import { attributesOf, childNamed, elementsOf, numberAttribute, tagOf, type XmlNode } from './xml-node';

export interface ListIndents {
  /** The `w:ind` element of a list level, which sets a list paragraph's indents. */
  indentOf(numberingId: number, level: number): XmlNode | undefined;
  /** The bullet a list level shows in its hanging indent ("●"); numbered levels have none here. */
  markerOf(numberingId: number, level: number): string | undefined;
}

/** Reads the numbering part (`w:numbering`): which abstract list each list id uses, and its levels' indents. */
export function readListIndents(numbering: XmlNode | undefined): ListIndents {
  const abstractLevels = new Map<number, (XmlNode | undefined)[]>();
  const abstractMarkers = new Map<number, (string | undefined)[]>();
  const abstractOf = new Map<number, number>();
  for (const element of numbering ? elementsOf(numbering) : []) {
    const tag = tagOf(element);
    if (tag === 'w:abstractNum') {
      const levels = elementsOf(element)
        .filter((child) => tagOf(child) === 'w:lvl')
        .map((level) => {
          const properties = childNamed(level, 'w:pPr');
          return properties && childNamed(properties, 'w:ind');
        });
      abstractLevels.set(numberAttribute(element, 'w:abstractNumId') ?? -1, levels);
      const markers = elementsOf(element)
        .filter((child) => tagOf(child) === 'w:lvl')
        .map((level) => {
          const format = childNamed(level, 'w:numFmt');
          const text = childNamed(level, 'w:lvlText');
          const value = text && attributesOf(text)['w:val'];
          return format && attributesOf(format)['w:val'] === 'bullet' && typeof value === 'string' ? value : undefined;
        });
      abstractMarkers.set(numberAttribute(element, 'w:abstractNumId') ?? -1, markers);
    } else if (tag === 'w:num') {
      const abstract = childNamed(element, 'w:abstractNumId');
      abstractOf.set(Number(attributesOf(element)['w:numId']), (abstract && numberAttribute(abstract, 'w:val')) ?? -1);
    }
  }
  return {
    indentOf: (numberingId, level) => abstractLevels.get(abstractOf.get(numberingId) ?? -1)?.[level],
    markerOf: (numberingId, level) => abstractMarkers.get(abstractOf.get(numberingId) ?? -1)?.[level],
  };
}
