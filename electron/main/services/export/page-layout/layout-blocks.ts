import type { ParagraphFormat } from './formatting';
import type { RunFont } from './text-measure';

/** Word's lengths are in twentieths of a point; the layout works in points. */
export const TWIPS_PER_POINT = 20;

/** What a paragraph holds, as far as lines go. Lengths in points. */
export type Inline =
  | { readonly kind: 'text'; readonly text: string; readonly font: RunFont }
  | { readonly kind: 'tab'; readonly font: RunFont }
  | { readonly kind: 'line-break'; readonly font: RunFont }
  | { readonly kind: 'page-break' }
  | { readonly kind: 'image'; readonly width: number; readonly height: number }
  /** A page reference whose number is not written yet: it takes the width of the number it will show. */
  | { readonly kind: 'page-ref'; readonly bookmark: string; readonly font: RunFont };

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly format: ParagraphFormat;
  /** The font of the paragraph mark, which sets the height of an empty line. */
  readonly font: RunFont;
  readonly inlines: readonly Inline[];
  /** Bookmarks that start in the paragraph, such as the headings' `_Toc…` ones. */
  readonly bookmarks: readonly string[];
  /** Where text after a tab goes: the right-aligned tab stops, in twips from the indent's edge. */
  readonly rightTabs: readonly number[];
}

export interface CellBlock {
  /** Width in twips, of the grid columns the cell spans. */
  readonly width: number;
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  readonly paragraphs: readonly ParagraphBlock[];
}

export interface RowBlock {
  readonly header: boolean;
  readonly cells: readonly CellBlock[];
}

export interface TableBlock {
  readonly kind: 'table';
  readonly rows: readonly RowBlock[];
  /** Width of the horizontal borders between and around rows, in points. */
  readonly borderWidth: number;
}

export type Block = ParagraphBlock | TableBlock;

export interface PageGeometry {
  /** Points from the top of the page to the top and bottom of the text. */
  readonly top: number;
  readonly bottom: number;
  /** Width of the text column in twips. */
  readonly textWidth: number;
}
