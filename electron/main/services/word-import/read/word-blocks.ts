/** A picture found in the document; its bytes are read (through the package limits) only when imported. */
export interface WordPicture {
  readonly contentType: string;
  readonly altText: string;
  read(): Promise<Uint8Array>;
}

/** What a paragraph is for, as far as its style says: body text, or Word's own furniture. */
export type ParagraphRole = 'body' | 'caption' | 'contents' | 'title' | 'field-label';

export interface WordParagraph {
  readonly kind: 'paragraph';
  /** The text as the reader sees it: line breaks as "\n", tabs as "\t", deleted revisions gone. */
  readonly text: string;
  readonly styleName: string | null;
  /** 1–9 when the paragraph has a heading style (Heading 1, Titre 2, Kichwa 3…). */
  readonly headingLevel: number | null;
  /** Every letter set in bold by direct formatting (a "fake heading" typed as bold text). */
  readonly bold: boolean;
  readonly list: { readonly ordered: boolean; readonly level: number } | null;
  readonly role: ParagraphRole;
  readonly bookmarks: readonly string[];
  readonly pictures: readonly WordPicture[];
}

export interface WordTable {
  readonly kind: 'table';
  /** Rows of cells; each cell holds blocks (paragraphs, and tables nested in it). */
  readonly rows: readonly (readonly WordCell[])[];
}

export interface WordCell {
  readonly blocks: readonly WordBlock[];
}

export type WordBlock = WordParagraph | WordTable;

/** What reading a .docx gives: the body as blocks, and what was noticed on the way. */
export interface WordDocument {
  readonly blocks: readonly WordBlock[];
  /** Custom document properties (docProps/custom.xml), by name. */
  readonly properties: Readonly<Record<string, string>>;
  /** Insertions and deletions tracked in Word: taken as accepted (insertions kept, deletions gone). */
  readonly trackedChanges: number;
  /** Comments: not imported. */
  readonly comments: number;
}

/** The plain text of a cell or any list of blocks, paragraphs on their own lines. */
export function blocksText(blocks: readonly WordBlock[]): string {
  return blocks
    .map((block) =>
      block.kind === 'paragraph'
        ? block.text
        : block.rows.map((row) => row.map((cell) => blocksText(cell.blocks)).join(' | ')).join('\n'),
    )
    .join('\n');
}
