import type { ParagraphFormat } from './formatting';
import type { RunLook } from './text-measure';

/** Word's lengths are in twentieths of a point; the layout works in points. */
export const TWIPS_PER_POINT = 20;

/**
 * What a paragraph holds, as far as lines go. Lengths in points. The parts that only drawing
 * needs (a hyperlink's target, a picture's media and description) are optional: the layout
 * never reads them.
 */
export type Inline =
  | { readonly kind: 'text'; readonly text: string; readonly font: RunLook; readonly link?: string }
  | { readonly kind: 'tab'; readonly font: RunLook }
  | { readonly kind: 'line-break'; readonly font: RunLook }
  | { readonly kind: 'page-break' }
  | { readonly kind: 'image'; readonly width: number; readonly height: number; readonly picture?: PictureSource }
  /** A page reference whose number is not written yet: it takes the width of the number it will show. */
  | { readonly kind: 'page-ref'; readonly bookmark: string; readonly font: RunLook; readonly link?: string }
  /** The page's own number or the page count (PAGE, NUMPAGES), in headers and footers. */
  | { readonly kind: 'page-field'; readonly field: 'page' | 'pages'; readonly font: RunLook };

/** Which picture an inline drawing shows: docx's media file name and its description (alt text). */
export interface PictureSource {
  readonly media: string;
  readonly description: string;
}

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly format: ParagraphFormat;
  /** The font of the paragraph mark, which sets the height of an empty line. */
  readonly font: RunLook;
  readonly inlines: readonly Inline[];
  /** Bookmarks that start in the paragraph, such as the headings' `_Toc…` ones. */
  readonly bookmarks: readonly string[];
  /** Where text after a tab goes: the right-aligned tab stops, in twips from the indent's edge. */
  readonly rightTabs: readonly number[];
  /** The filler drawn up to the right-aligned tab (a contents entry's dots). */
  readonly rightTabLeader?: 'dot' | 'none';
  /** The paragraph style's id (Heading1, Caption, TOC2 …): what the paragraph is, for outlines and tags. */
  readonly styleId?: string;
  /** A bulleted list item's bullet, drawn in its hanging indent. */
  readonly marker?: string;
}

export interface CellBlock {
  /** Width in twips, of the grid columns the cell spans. */
  readonly width: number;
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  readonly paragraphs: readonly ParagraphBlock[];
  /** Shading behind the cell, as a hex colour. */
  readonly fill?: string;
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
  /** Colour of the borders, as a hex colour. */
  readonly borderColor?: string;
}

export type Block = ParagraphBlock | TableBlock;

export interface PageGeometry {
  /** Points from the top of the page to the top and bottom of the text. */
  readonly top: number;
  readonly bottom: number;
  /** Width of the text column in twips. */
  readonly textWidth: number;
  /** The sheet and where the text column and the header and footer sit on it, in points (for drawing pages). */
  readonly page?: {
    readonly width: number;
    readonly height: number;
    readonly left: number;
    readonly header: number;
    readonly footer: number;
  };
}
