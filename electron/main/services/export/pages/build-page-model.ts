import type { MeasuresChartInput } from '@/shared/charts/measures-chart';
import type {
  BlockRole,
  ModelPage,
  OutlineEntry,
  PageBlock,
  PageItem,
  PageModel,
  PagePicture,
  PagePlace,
} from '@/shared/pages/page-model';
import type { Block, PageGeometry, ParagraphBlock } from '../page-layout/layout-blocks';
import { TWIPS_PER_POINT } from '../page-layout/layout-blocks';
import type { Pagination } from '../page-layout/paginate';
import type { Placement } from '../page-layout/placements';
import { drawLines } from './draw-lines';
import { drawRow } from './draw-rows';
import { drawPageFrame } from './page-frame-items';

export interface PageModelInput {
  readonly geometry: PageGeometry;
  readonly pagination: Pagination;
  readonly placements: readonly Placement[];
  readonly header: readonly Block[];
  readonly footer: readonly Block[];
  /** The charts' stand-in pictures by media name: drawn from their data instead. */
  readonly charts: ReadonlyMap<string, MeasuresChartInput>;
  readonly title: string;
  readonly language: string;
}

const HEADING_LEVELS: Readonly<Record<string, 1 | 2 | 3>> = { Heading1: 1, Heading2: 2, Heading3: 3 };

/**
 * The page model from what the pagination placed where: every line drawn at the place the
 * layout gave it, tables row by row (header rows again on each page), the header and footer
 * on every page, and the outline, bookmarks and headings to move around in it.
 */
export function buildPageModel(input: PageModelInput): PageModel {
  const { geometry, pagination } = input;
  const sheet = geometry.page ?? { width: 595.3, height: 841.9, left: 72, header: 36, footer: 36 };
  const pageNumbers = new Map([...pagination.bookmarkPages].map(([name, page]) => [name, String(page)]));
  const pages: PageItem[][] = Array.from({ length: pagination.pageCount }, () => []);
  const blocks: PageBlock[] = [];
  const blockIds = new Map<ParagraphBlock, number>();
  const pictures: Record<string, PagePicture> = {};
  const outline: OutlineEntry[] = [];
  const bookmarks: Record<string, PagePlace> = {};
  const headings: Record<string, PagePlace> = {};
  const column = { left: sheet.left, width: geometry.textWidth / TWIPS_PER_POINT };

  const blockOf = (paragraph: ParagraphBlock, cell?: PageBlock['cell'], header = false): number => {
    let id = blockIds.get(paragraph);
    if (id === undefined) {
      id = blocks.length;
      blockIds.set(paragraph, id);
      blocks.push(describeBlock(paragraph, cell, header));
      notePictures(paragraph, input.charts, pictures);
    }
    return id;
  };

  for (const placed of input.placements) {
    const items = pages[placed.page - 1];
    if (!items) continue;
    if (placed.kind === 'row') {
      const header = placed.table.rows[placed.row]?.header === true;
      drawRow(
        placed,
        sheet.left,
        pageNumbers,
        (paragraph, cellColumn) =>
          blockOf(paragraph, { table: placed.blockIndex, row: placed.row, column: cellColumn }, header),
        items,
      );
      continue;
    }
    const { paragraph } = placed;
    const block = blockOf(paragraph);
    if (placed.first === 0) notePlaces(paragraph, { page: placed.page, y: placed.y }, outline, bookmarks, headings);
    drawLines(paragraph, placed.lines, placed.first, placed.count, column, placed.y, { block, pageNumbers }, items);
  }
  const modelPages: ModelPage[] = pages.map((items, index) => {
    drawPageFrame(input.header, input.footer, geometry, index + 1, pagination.pageCount, items);
    return { number: index + 1, items };
  });
  return {
    size: { width: sheet.width, height: sheet.height },
    pages: modelPages,
    blocks,
    outline,
    bookmarks,
    headings,
    pictures,
    title: input.title,
    language: input.language,
  };
}

function describeBlock(paragraph: ParagraphBlock, cell: PageBlock['cell'], header: boolean): PageBlock {
  const picture = paragraph.inlines.find((inline) => inline.kind === 'image');
  if (
    picture?.kind === 'image' &&
    !paragraph.inlines.some((inline) => inline.kind === 'text' && inline.text.trim() !== '')
  ) {
    return { role: 'Figure', alt: picture.picture?.description ?? '' };
  }
  if (cell) return { role: header ? 'TH' : 'TD', cell };
  return { role: roleOf(paragraph) };
}

function roleOf(paragraph: ParagraphBlock): BlockRole {
  const style = paragraph.styleId ?? '';
  const level = HEADING_LEVELS[style];
  if (level) return `H${level}`;
  if (style === 'Title') return 'Title';
  if (style === 'Caption') return 'Caption';
  if (/^TOC\d$/.test(style)) return 'TOCI';
  return paragraph.marker ? 'LI' : 'P';
}

function notePictures(
  paragraph: ParagraphBlock,
  charts: ReadonlyMap<string, MeasuresChartInput>,
  pictures: Record<string, PagePicture>,
): void {
  for (const inline of paragraph.inlines) {
    if (inline.kind !== 'image' || !inline.picture) continue;
    const { media, description } = inline.picture;
    const chart = charts.get(media);
    pictures[media] = chart
      ? { media, width: inline.width, height: inline.height, description, chart }
      : { media, width: inline.width, height: inline.height, description };
  }
}

/** A heading's place: in the outline, under its bookmarks, and under its number ("1.1.2  Title"). */
function notePlaces(
  paragraph: ParagraphBlock,
  place: PagePlace,
  outline: OutlineEntry[],
  bookmarks: Record<string, PagePlace>,
  headings: Record<string, PagePlace>,
): void {
  for (const bookmark of paragraph.bookmarks) bookmarks[bookmark] = place;
  const level = HEADING_LEVELS[paragraph.styleId ?? ''];
  if (!level) return;
  const title = paragraph.inlines
    .map((inline) => (inline.kind === 'text' ? inline.text : ''))
    .join('')
    .trim();
  if (!title) return;
  outline.push({ level, title, bookmark: paragraph.bookmarks[0] ?? '', ...place });
  const number = /^(\d+(?:\.\d+)*)\s/.exec(title)?.[1];
  if (number && !(number in headings)) headings[number] = place;
}
