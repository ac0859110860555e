import type { MeasuresChartInput } from '../charts/measures-chart';

/**
 * The report's pages as they print, as plain data: every line, run, rule, shaded box and
 * picture placed on its page, in points from the page's top-left corner. Main lays the report
 * out once (the layout that numbers the Word file) and sends this; the preview draws it, and
 * the PDF is written from it.
 */
export interface PageModel {
  /** The sheet in points (A4: 595.3 × 841.9). */
  readonly size: { readonly width: number; readonly height: number };
  readonly pages: readonly ModelPage[];
  /** What each drawn paragraph or picture is, by the `block` number its items carry (for PDF tags). */
  readonly blocks: readonly PageBlock[];
  /** The headings in order, for bookmarks and the preview's contents. */
  readonly outline: readonly OutlineEntry[];
  /** Where each bookmark (a heading's `_Toc…`) is, for the contents' links. */
  readonly bookmarks: Readonly<Record<string, PagePlace>>;
  /** Where each numbered heading is, by its number ("1.1", "1.1.2"): "go to the page of this Key Feature". */
  readonly headings: Readonly<Record<string, PagePlace>>;
  /** The pictures the pages show, by media name: a photo's bytes are asked for by that name; a chart is drawn from its data. */
  readonly pictures: Readonly<Record<string, PagePicture>>;
  readonly title: string;
  /** The report's language as a BCP 47 tag (en-GB, sw-KE, fr-FR). */
  readonly language: string;
}

export interface ModelPage {
  /** From 1. */
  readonly number: number;
  readonly items: readonly PageItem[];
}

export interface PagePlace {
  readonly page: number;
  /** Top of the first line, in points from the top of the page. */
  readonly y: number;
}

export interface TextItem {
  readonly kind: 'text';
  readonly x: number;
  /** The baseline. */
  readonly y: number;
  readonly text: string;
  readonly size: number;
  readonly bold: boolean;
  readonly italic: boolean;
  /** Six hex digits. */
  readonly color: string;
  readonly width: number;
  readonly underline?: boolean;
  /** A contents entry: the bookmark it goes to. */
  readonly link?: string;
  /** -1 for the page's header and footer (artifacts, not content). */
  readonly block: number;
}

export interface BoxItem {
  readonly kind: 'box';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fill: string;
}

export interface RuleItem {
  readonly kind: 'rule';
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly width: number;
  readonly color: string;
}

export interface PictureItem {
  readonly kind: 'picture';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly media: string;
  readonly block: number;
}

/** Dots leading to a contents entry's page number. */
export interface LeaderItem {
  readonly kind: 'leader';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
  readonly color: string;
}

export type PageItem = TextItem | BoxItem | RuleItem | PictureItem | LeaderItem;

export type BlockRole = 'Title' | 'H1' | 'H2' | 'H3' | 'P' | 'LI' | 'Caption' | 'TOCI' | 'TH' | 'TD' | 'Figure';

export interface PageBlock {
  readonly role: BlockRole;
  /** A table cell's paragraph: which table (by its body index), row and cell. */
  readonly cell?: { readonly table: number; readonly row: number; readonly column: number };
  /** A picture's description (alt text). */
  readonly alt?: string;
}

export interface OutlineEntry {
  readonly level: 1 | 2 | 3;
  readonly title: string;
  readonly bookmark: string;
  readonly page: number;
  readonly y: number;
}

export interface PagePicture {
  readonly media: string;
  readonly width: number;
  readonly height: number;
  readonly description: string;
  /** A chart of measures: drawn from its data (preview, PDF); the Word file holds its rendered picture. */
  readonly chart?: MeasuresChartInput;
}
