import type { PageBlock } from '@/shared/pages/page-model';

type Doc = PDFKit.PDFDocument;
type Element = PDFKit.PDFStructureElement;

/**
 * The PDF's tag tree, built as the pages are drawn: one element per paragraph, heading,
 * caption or figure, in reading order under the document, and tables as Table → TR → TH/TD.
 * Each run of items of one block on a page becomes marked content of that block's element.
 */
export class PdfStructure {
  private readonly root: Element;
  private readonly elements = new Map<number, Element>();
  private readonly tables = new Map<number, { table: Element; rows: Map<number, Element> }>();

  constructor(
    private readonly doc: Doc,
    private readonly blocks: readonly PageBlock[],
  ) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  /** Draws `draw` as content of `block` (its element made and placed the first time it is met). */
  mark(block: number, draw: () => void): void {
    const element = this.elementOf(block);
    const description = this.blocks[block];
    const content = this.doc.markStructureContent(tagOf(description), description?.alt ? { alt: description.alt } : {});
    draw();
    this.doc.endMarkedContent();
    element.add(content);
  }

  /** Page furniture (header, footer, rules, dots): drawn but not read out. */
  artifact(draw: () => void): void {
    this.doc.markContent('Artifact', { type: 'Pagination' });
    draw();
    this.doc.endMarkedContent();
  }

  end(): void {
    this.root.end();
  }

  private elementOf(block: number): Element {
    const known = this.elements.get(block);
    if (known) return known;
    const description = this.blocks[block];
    const element = this.doc.struct(tagOf(description), description?.alt ? { alt: description.alt } : {});
    this.parentOf(description).add(element);
    this.elements.set(block, element);
    return element;
  }

  private parentOf(description: PageBlock | undefined): Element {
    const cell = description?.cell;
    if (!cell) return this.root;
    let table = this.tables.get(cell.table);
    if (!table) {
      table = { table: this.doc.struct('Table'), rows: new Map() };
      this.root.add(table.table);
      this.tables.set(cell.table, table);
    }
    let row = table.rows.get(cell.row);
    if (!row) {
      row = this.doc.struct('TR');
      table.table.add(row);
      table.rows.set(cell.row, row);
    }
    return row;
  }
}

/** The standard structure type of a block; a contents entry is a TOCI, a title an H. */
function tagOf(block: PageBlock | undefined): string {
  if (!block) return 'P';
  if (block.role === 'Title') return 'H';
  if (block.role === 'LI') return 'P';
  return block.role;
}
