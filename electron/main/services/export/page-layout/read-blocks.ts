import { withIndent, withParagraphProperties, withRunProperties } from './formatting';
import {
  TWIPS_PER_POINT,
  type Block,
  type CellBlock,
  type Inline,
  type PageGeometry,
  type ParagraphBlock,
  type RowBlock,
  type TableBlock,
} from './layout-blocks';
import type { ListIndents } from './list-indents';
import type { StyleSheet } from './style-sheet';
import type { RunLook } from './text-measure';
import {
  attributesOf,
  childNamed,
  descendantNamed,
  elementsOf,
  isOn,
  numberAttribute,
  tagOf,
  textOf,
  type XmlNode,
} from './xml-node';

const EMU_PER_POINT = 12700;

interface FieldFrame {
  instruction: string;
  showing: boolean;
  resultText: boolean;
  readonly font: RunLook;
}

/** A run inside a hyperlink to a bookmark (a contents entry) carries the bookmark's name. */
type InlineContext = { readonly link?: string };

/**
 * Reads a formatted document body (`w:body`) into the blocks the page layout needs: each
 * paragraph's format (its style, then its own properties), its text by font, breaks, tabs,
 * pictures and unwritten page references, and each table's rows and cells. Field codes are
 * left out and field results kept, as Word shows them.
 */
export function readBlocks(
  body: XmlNode,
  styles: StyleSheet,
  lists: ListIndents,
): { blocks: Block[]; geometry: PageGeometry } {
  const fields: FieldFrame[] = [];
  const blocks: Block[] = [];
  let geometry = readGeometry(undefined);
  const visit = (element: XmlNode, into: Block[]): void => {
    const tag = tagOf(element);
    if (tag === 'w:p') into.push(readParagraph(element, styles, lists, fields));
    else if (tag === 'w:tbl') into.push(readTable(element, styles, lists, fields));
    else if (tag === 'w:sdt') {
      const content = childNamed(element, 'w:sdtContent');
      if (content) for (const child of elementsOf(content)) visit(child, into);
    } else if (tag === 'w:sectPr') geometry = readGeometry(element);
  };
  for (const element of elementsOf(body)) visit(element, blocks);
  return { blocks, geometry };
}

/** The page of the section; without one, Word's default: A4 with 1-inch margins. */
function readGeometry(section: XmlNode | undefined): PageGeometry {
  const size = section && childNamed(section, 'w:pgSz');
  const margins = section && childNamed(section, 'w:pgMar');
  const width = (size && numberAttribute(size, 'w:w')) ?? 11906;
  const height = (size && numberAttribute(size, 'w:h')) ?? 16838;
  const top = (margins && numberAttribute(margins, 'w:top')) ?? 1440;
  const bottom = (margins && numberAttribute(margins, 'w:bottom')) ?? 1440;
  const left = (margins && numberAttribute(margins, 'w:left')) ?? 1440;
  const right = (margins && numberAttribute(margins, 'w:right')) ?? 1440;
  const header = (margins && numberAttribute(margins, 'w:header')) ?? 720;
  const footer = (margins && numberAttribute(margins, 'w:footer')) ?? 720;
  return {
    top: Math.abs(top) / TWIPS_PER_POINT,
    bottom: (height - Math.abs(bottom)) / TWIPS_PER_POINT,
    textWidth: width - left - right,
    page: {
      width: width / TWIPS_PER_POINT,
      height: height / TWIPS_PER_POINT,
      left: left / TWIPS_PER_POINT,
      header: header / TWIPS_PER_POINT,
      footer: footer / TWIPS_PER_POINT,
    },
  };
}

function readParagraph(
  paragraph: XmlNode,
  styles: StyleSheet,
  lists: ListIndents,
  fields: FieldFrame[],
): ParagraphBlock {
  const properties = childNamed(paragraph, 'w:pPr');
  const styleElement = properties && childNamed(properties, 'w:pStyle');
  const styleId = styleElement ? String(attributesOf(styleElement)['w:val']) : undefined;
  const look = styles.look(styleId);
  let format = look.paragraph;
  let marker: string | undefined;
  const numbering = properties && childNamed(properties, 'w:numPr');
  if (numbering) {
    const level = childNamed(numbering, 'w:ilvl');
    const id = childNamed(numbering, 'w:numId');
    const numberingId = (id && numberAttribute(id, 'w:val')) ?? 0;
    const levelNumber = (level && numberAttribute(level, 'w:val')) ?? 0;
    const indent = lists.indentOf(numberingId, levelNumber);
    if (indent) format = withIndent(format, indent);
    marker = lists.markerOf(numberingId, levelNumber);
  }
  format = withParagraphProperties(format, properties);
  const markProperties = properties && childNamed(properties, 'w:rPr');
  const inlines: Inline[] = [];
  const bookmarks: string[] = [];
  const readInline = (element: XmlNode, context: InlineContext): void => {
    const tag = tagOf(element);
    if (tag === 'w:r')
      readRun(element, withRunProperties(look.run, childNamed(element, 'w:rPr')), fields, inlines, context);
    else if (tag === 'w:hyperlink') {
      const anchor = attributesOf(element)['w:anchor'];
      const inner = typeof anchor === 'string' ? { link: anchor } : context;
      for (const child of elementsOf(element)) readInline(child, inner);
    } else if (tag === 'w:fldSimple' || tag === 'w:smartTag' || tag === 'w:ins')
      for (const child of elementsOf(element)) readInline(child, context);
    else if (tag === 'w:sdt') {
      const content = childNamed(element, 'w:sdtContent');
      if (content) for (const child of elementsOf(content)) readInline(child, context);
    } else if (tag === 'w:bookmarkStart') bookmarks.push(String(attributesOf(element)['w:name']));
  };
  for (const child of elementsOf(paragraph)) readInline(child, {});
  const tabs = properties && childNamed(properties, 'w:tabs');
  const right = tabs ? elementsOf(tabs).filter((tab) => attributesOf(tab)['w:val'] === 'right') : [];
  const rightTabs = right.map((tab) => numberAttribute(tab, 'w:pos') ?? 0);
  const leader = right[0] && attributesOf(right[0])['w:leader'];
  const block: ParagraphBlock = {
    kind: 'paragraph',
    format,
    font: withRunProperties(look.run, markProperties),
    inlines,
    bookmarks,
    rightTabs,
    rightTabLeader: leader === 'dot' ? 'dot' : 'none',
  };
  return { ...block, ...(styleId === undefined ? {} : { styleId }), ...(marker === undefined ? {} : { marker }) };
}

function readRun(run: XmlNode, font: RunLook, fields: FieldFrame[], inlines: Inline[], context: InlineContext): void {
  const showing = (): boolean => fields.every((field) => field.showing);
  for (const element of elementsOf(run)) {
    switch (tagOf(element)) {
      case 'w:t':
        if (showing()) {
          inlines.push(
            context.link === undefined
              ? { kind: 'text', text: textOf(element), font }
              : { kind: 'text', text: textOf(element), font, link: context.link },
          );
          const innermost = fields.at(-1);
          if (innermost) innermost.resultText = true;
        }
        break;
      case 'w:tab':
        if (showing()) inlines.push({ kind: 'tab', font });
        break;
      case 'w:br':
      case 'w:cr':
        if (showing())
          inlines.push(
            attributesOf(element)['w:type'] === 'page' ? { kind: 'page-break' } : { kind: 'line-break', font },
          );
        break;
      case 'w:drawing':
        if (showing()) readDrawing(element, inlines);
        break;
      case 'w:instrText': {
        const innermost = fields.at(-1);
        if (innermost) innermost.instruction += textOf(element);
        break;
      }
      case 'w:fldChar':
        readFieldCharacter(element, font, fields, inlines, context);
        break;
      default:
        break;
    }
  }
}

function readFieldCharacter(
  element: XmlNode,
  font: RunLook,
  fields: FieldFrame[],
  inlines: Inline[],
  context: InlineContext,
): void {
  const type = attributesOf(element)['w:fldCharType'];
  if (type === 'begin') fields.push({ instruction: '', showing: false, resultText: false, font });
  const innermost = fields.at(-1);
  if (!innermost) return;
  // A page number or count differs from page to page: its written result is not shown, the page's is.
  if (type === 'separate') innermost.showing = pageFieldOf(innermost.instruction) === undefined;
  if (type === 'end') {
    fields.pop();
    const showing = fields.every((field) => field.showing);
    // Field codes are not case-sensitive, and a bookmark name may be quoted.
    const pageRef = /^\s*PAGEREF\s+"?([^\s"]+)"?/i.exec(innermost.instruction);
    if (pageRef?.[1] && !innermost.resultText && showing) {
      const reference = { kind: 'page-ref', bookmark: pageRef[1], font: innermost.font } as const;
      inlines.push(context.link === undefined ? reference : { ...reference, link: context.link });
    }
    const pageField = pageFieldOf(innermost.instruction);
    if (pageField && showing) inlines.push({ kind: 'page-field', field: pageField, font: innermost.font });
  }
}

function pageFieldOf(instruction: string): 'page' | 'pages' | undefined {
  const name = /^\s*([A-Z]+)/i.exec(instruction)?.[1]?.toUpperCase();
  if (name === 'PAGE') return 'page';
  return name === 'NUMPAGES' ? 'pages' : undefined;
}

function readDrawing(drawing: XmlNode, inlines: Inline[]): void {
  const inline = childNamed(drawing, 'wp:inline');
  const extent = inline && childNamed(inline, 'wp:extent');
  if (!inline || !extent) return; // floating drawings do not take a place in the line
  const width = (numberAttribute(extent, 'cx') ?? 0) / EMU_PER_POINT;
  const height = (numberAttribute(extent, 'cy') ?? 0) / EMU_PER_POINT;
  // docx refers to the picture as "rId{<media file name>}" until the package is written.
  const blip = descendantNamed(inline, 'a:blip');
  const embed = blip && attributesOf(blip)['r:embed'];
  const media = typeof embed === 'string' ? /^rId\{(.+)\}$/.exec(embed)?.[1] : undefined;
  if (!media) {
    inlines.push({ kind: 'image', width, height });
    return;
  }
  const properties = childNamed(inline, 'wp:docPr');
  const description = properties ? attributesOf(properties)['descr'] : undefined;
  inlines.push({
    kind: 'image',
    width,
    height,
    picture: { media, description: typeof description === 'string' ? description : '' },
  });
}

function readTable(table: XmlNode, styles: StyleSheet, lists: ListIndents, fields: FieldFrame[]): TableBlock {
  const properties = childNamed(table, 'w:tblPr');
  const grid = childNamed(table, 'w:tblGrid');
  const columns = grid ? elementsOf(grid).map((column) => numberAttribute(column, 'w:w') ?? 0) : [];
  const borders = properties && childNamed(properties, 'w:tblBorders');
  const rule = borders && (childNamed(borders, 'w:insideH') ?? childNamed(borders, 'w:top'));
  const ruleSize =
    rule && attributesOf(rule)['w:val'] !== 'none' && attributesOf(rule)['w:val'] !== 'nil'
      ? (numberAttribute(rule, 'w:sz') ?? 0)
      : 0;
  const ruleColor = rule ? hexColor(attributesOf(rule)['w:color']) : undefined;
  const defaultMargins = cellMargins(properties && childNamed(properties, 'w:tblCellMar'), {
    top: 0,
    bottom: 0,
    left: 108,
    right: 108,
  });
  const rows: RowBlock[] = elementsOf(table)
    .filter((element) => tagOf(element) === 'w:tr')
    .map((row) => {
      const rowProperties = childNamed(row, 'w:trPr');
      const headerElement = rowProperties && childNamed(rowProperties, 'w:tblHeader');
      const header = headerElement !== undefined && isOn(headerElement);
      let column = 0;
      const cells: CellBlock[] = elementsOf(row)
        .filter((element) => tagOf(element) === 'w:tc')
        .map((cell) => {
          const cellProperties = childNamed(cell, 'w:tcPr');
          const spanElement = cellProperties && childNamed(cellProperties, 'w:gridSpan');
          const span = (spanElement && numberAttribute(spanElement, 'w:val')) ?? 1;
          const width = columns.slice(column, column + span).reduce((sum, value) => sum + value, 0);
          column += span;
          const paragraphs: ParagraphBlock[] = [];
          const collect = (element: XmlNode): void => {
            if (tagOf(element) === 'w:p') paragraphs.push(readParagraph(element, styles, lists, fields));
            else if (tagOf(element) === 'w:tbl')
              readTable(element, styles, lists, fields).rows.forEach((inner) =>
                inner.cells.forEach((innerCell) => paragraphs.push(...innerCell.paragraphs)),
              );
          };
          elementsOf(cell).forEach(collect);
          const shading = cellProperties && childNamed(cellProperties, 'w:shd');
          const fill = shading ? hexColor(attributesOf(shading)['w:fill']) : undefined;
          const block: CellBlock = {
            width,
            margins: cellMargins(cellProperties && childNamed(cellProperties, 'w:tcMar'), defaultMargins),
            paragraphs,
          };
          return fill === undefined ? block : { ...block, fill };
        });
      return { header, cells };
    });
  const block: TableBlock = { kind: 'table', rows, borderWidth: ruleSize / 8 };
  return ruleColor === undefined ? block : { ...block, borderColor: ruleColor };
}

/** A colour written as six hex digits; "auto" and anything else is no colour of its own. */
function hexColor(value: unknown): string | undefined {
  return typeof value === 'string' && /^[0-9A-Fa-f]{6}$/.test(value) ? value.toUpperCase() : undefined;
}

function cellMargins(margins: XmlNode | undefined, fallback: CellBlock['margins']): CellBlock['margins'] {
  if (!margins) return fallback;
  const side = (name: string, start: string | undefined, value: number): number => {
    const element = childNamed(margins, name) ?? (start ? childNamed(margins, start) : undefined);
    return (element && numberAttribute(element, 'w:w')) ?? value;
  };
  return {
    top: side('w:top', undefined, fallback.top),
    bottom: side('w:bottom', undefined, fallback.bottom),
    left: side('w:left', 'w:start', fallback.left),
    right: side('w:right', 'w:end', fallback.right),
  };
}
