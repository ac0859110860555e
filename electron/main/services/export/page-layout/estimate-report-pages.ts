import type { EstimatedPageNumbers, IContext, IXmlableObject } from 'docx';
import type { Block, PageGeometry } from './layout-blocks';
import { readListIndents } from './list-indents';
import { paginate, type LineCache, type Pagination } from './paginate';
import { readBlocks } from './read-blocks';
import { readStyleSheet } from './style-sheet';

/** Laying out again with the numbers found changes them rarely; past this, keep the last. */
const MAX_PASSES = 3;

/**
 * docx's page-number estimator, for the report: lays the body out with the report's own
 * styles and Arial's widths, and gives the page each heading's bookmark is on (the contents'
 * page numbers) and the page count ("Page X of Y"). The contents' own length depends on the
 * numbers in it, so it lays out again with the numbers found until they stop changing.
 */
export function estimateReportPages(body: IXmlableObject, context: IContext): EstimatedPageNumbers {
  const styles = readStyleSheet(context.file.Styles.prepForXml(context));
  const lists = readListIndents(context.file.Numbering.prepForXml(context));
  const { blocks, geometry } = readBlocks(body, styles, lists);
  const pagination = settledPagination(blocks, geometry);
  return { bookmarks: pageNumbersOf(pagination), bookmarkPageNumbers: pagination.bookmarkPages, pageCount: pagination.pageCount, sectionPageCounts: [pagination.pageCount] };
}

export function settledPagination(blocks: readonly Block[], geometry: PageGeometry): Pagination {
  const lineCache: LineCache = new Map();
  let numbers = new Map<string, string>();
  let pagination = paginate(blocks, geometry, numbers, lineCache);
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    const found = pageNumbersOf(pagination);
    if (sameNumbers(found, numbers)) break;
    numbers = found;
    pagination = paginate(blocks, geometry, numbers, lineCache);
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
