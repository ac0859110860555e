import type { EstimatedPageNumbers, IContext, IXmlableObject } from 'docx';
import type { Block, PageGeometry } from './layout-blocks';
import { readListIndents, type ListIndents } from './list-indents';
import { paginate, type LineCache, type Pagination } from './paginate';
import type { Placements } from './placements';
import { readBlocks } from './read-blocks';
import { readStyleSheet, type StyleSheet } from './style-sheet';

/** Laying out again with the numbers found changes them rarely; past this, keep the last. */
const MAX_PASSES = 3;

/**
 * docx's page-number estimator, for the report: lays the body out with the report's own
 * styles and Arial's widths, and gives the page each heading's bookmark is on (the contents'
 * page numbers) and the page count ("Page X of Y"). The contents' own length depends on the
 * numbers in it, so it lays out again with the numbers found until they stop changing.
 */
export function estimateReportPages(body: IXmlableObject, context: IContext): EstimatedPageNumbers {
  return estimateOf(layOutBody(body, context).pagination);
}

/** The body read into blocks and paginated, with the styles and lists it was read with. */
export interface BodyLayout {
  readonly blocks: readonly Block[];
  readonly geometry: PageGeometry;
  readonly styles: StyleSheet;
  readonly lists: ListIndents;
  readonly pagination: Pagination;
}

/**
 * What the estimator does, step by step: read the styles, the lists and the body, then
 * paginate until the contents' numbers settle. With `placements`, the pages can be drawn too.
 */
export function layOutBody(body: IXmlableObject, context: IContext, placements?: Placements): BodyLayout {
  const styles = readStyleSheet(context.file.Styles.prepForXml(context));
  const lists = readListIndents(context.file.Numbering.prepForXml(context));
  const { blocks, geometry } = readBlocks(body, styles, lists);
  return { blocks, geometry, styles, lists, pagination: settledPagination(blocks, geometry, placements) };
}

/** The numbers docx writes into the document: each heading bookmark's page and the page count. */
export function estimateOf(pagination: Pagination): EstimatedPageNumbers {
  return {
    bookmarks: pageNumbersOf(pagination),
    bookmarkPageNumbers: pagination.bookmarkPages,
    pageCount: pagination.pageCount,
    sectionPageCounts: [pagination.pageCount],
  };
}

/**
 * The pagination once the contents' numbers settle. With `placements`, what the last pass
 * placed where is kept there (each pass starts it afresh), for drawing the same pages.
 */
export function settledPagination(
  blocks: readonly Block[],
  geometry: PageGeometry,
  placements?: Placements,
): Pagination {
  const lineCache: LineCache = new Map();
  let numbers = new Map<string, string>();
  let pagination = paginate(blocks, geometry, numbers, lineCache, placements);
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    const found = pageNumbersOf(pagination);
    if (sameNumbers(found, numbers)) break;
    numbers = found;
    placements?.clear();
    pagination = paginate(blocks, geometry, numbers, lineCache, placements);
  }
  return pagination;
}

/** The page of each bookmark as a contents entry shows it. */
function pageNumbersOf(pagination: Pagination): Map<string, string> {
  return new Map([...pagination.bookmarkPages].map(([name, page]) => [name, String(page)]));
}

function sameNumbers(left: ReadonlyMap<string, string>, right: ReadonlyMap<string, string>): boolean {
  if (left.size !== right.size) return false;
  for (const [name, number] of left) if (right.get(name) !== number) return false;
  return true;
}
