import type { WordBlock, WordParagraph } from '../read/word-blocks';
import type { FrameworkIndex } from './framework-index';
import { matchHeading, splitNumber, type HeadingMatch } from './match-heading';
import { specialHeadingOf } from './vocabulary';

/** How a paragraph was taken for a heading: its style, or how it looks (the "fake headings" of hand-made reports). */
export type HeadingSource = 'style' | 'number' | 'bold' | 'numbered-list';

export interface SplitHeading {
  readonly text: string;
  /** 1–9: from the style, else from what it names (tier 1, area 2, Key Feature 3), else 4 (a sub-heading). */
  readonly level: number;
  readonly source: HeadingSource;
  readonly match: HeadingMatch | null;
}

/** A heading and the blocks up to the next one; the first part may have no heading (a cover, an introduction). */
export interface SplitPart {
  readonly heading: SplitHeading | null;
  readonly blocks: readonly WordBlock[];
}

const MAX_HEADING_CHARS = 200;
const MAX_HEADING_WORDS = 25;

/**
 * Splits the document at its headings. A heading is a paragraph with a heading style, or one
 * that looks like a heading: it starts with a framework number, or it is short and all bold,
 * or it is a numbered-list item whose text is a framework title. Bold lines before the first
 * sure heading are cover lines, not headings; the contents list is Word's furniture and goes.
 */
export function splitParts(blocks: readonly WordBlock[], index: FrameworkIndex): SplitPart[] {
  const parts: { heading: SplitHeading | null; blocks: WordBlock[] }[] = [{ heading: null, blocks: [] }];
  let sureHeadingSeen = false;
  let expected: string | undefined;
  for (const block of blocks) {
    if (block.kind === 'paragraph' && block.role === 'contents') continue;
    const heading = block.kind === 'paragraph' ? headingOf(block, index, sureHeadingSeen, expected) : null;
    if (!heading) {
      parts.at(-1)?.blocks.push(block);
      continue;
    }
    if (heading.source !== 'bold' || heading.match) sureHeadingSeen = true;
    if (heading.match?.level === 'feature')
      expected = index.featureOrder[index.featureOrder.indexOf(heading.match.id) + 1];
    parts.push({
      heading,
      blocks: block.kind === 'paragraph' && block.pictures.length > 0 ? [{ ...block, text: '' }] : [],
    });
  }
  return parts.filter((part) => part.heading || part.blocks.length > 0);
}

function headingOf(
  paragraph: WordParagraph,
  index: FrameworkIndex,
  sureHeadingSeen: boolean,
  expected: string | undefined,
): SplitHeading | null {
  const text = paragraph.text.replace(/\s+/g, ' ').trim();
  if (!text || paragraph.role === 'title' || paragraph.role === 'caption' || paragraph.role === 'field-label')
    return null;
  if (paragraph.headingLevel !== null)
    return {
      text,
      level: paragraph.headingLevel,
      source: 'style',
      match: text.length <= MAX_HEADING_CHARS ? matchHeading(text, index, expected) : null,
    };
  if (text.length > MAX_HEADING_CHARS || text.split(' ').length > MAX_HEADING_WORDS || paragraph.text.includes('\n'))
    return null;
  // Titles are only compared for what could be a heading: most body paragraphs are none of these.
  if (!paragraph.bold && !paragraph.list?.ordered && splitNumber(text).number === null) return null;
  const match = matchHeading(text, index, expected);
  const levelOfMatch = match ? { tier: 1, area: 2, feature: 3 }[match.level] : null;
  const numbered =
    match && splitNumber(text).number !== null && (match.reason === 'number' || match.reason === 'number-and-title');
  // "2.1 million learners were reached." starts with a number too: without the title, only a short line that ends like a heading counts.
  const looksLikeHeading =
    match?.reason === 'number-and-title' || paragraph.bold || (text.split(' ').length <= 8 && !/[.;,]$/.test(text));
  if (match && numbered && looksLikeHeading) return { text, level: levelOfMatch ?? 4, source: 'number', match };
  if (paragraph.list?.ordered && match)
    return { text, level: levelOfMatch ?? paragraph.list.level + 1, source: 'numbered-list', match };
  const special = specialHeadingOf(text);
  if (paragraph.bold && (sureHeadingSeen || match || special) && !/[.;,]$/.test(text)) {
    return { text, level: levelOfMatch ?? (special ? 1 : 4), source: 'bold', match };
  }
  return null;
}
