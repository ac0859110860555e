import type { MammothElement } from './mammoth-tree';
import type { ParagraphRole, WordBlock, WordCell, WordParagraph, WordPicture } from './word-blocks';

const HEADING_STYLE = /^(?:heading|titre|kichwa|título|titulo|überschrift|rubrik)\s*(\d)$/i;
const CONTENTS_STYLE = /^(?:toc|contents|table of contents|table des matières|yaliyomo)(?:\s*\d+|\s+heading)?$/i;
const LETTER = /\p{L}/u;

/** mammoth's tree → our blocks: paragraphs with what headings and captions are detected by, and tables of cells. */
export function treeToBlocks(children: readonly MammothElement[]): WordBlock[] {
  const blocks: WordBlock[] = [];
  for (const child of children) {
    if (child.type === 'paragraph') blocks.push(paragraphOf(child));
    else if (child.type === 'table') blocks.push({ kind: 'table', rows: rowsOf(child.children) });
    // Text boxes and similar wrappers may put paragraphs directly in the body's children.
    else if ('children' in child && child.type !== 'run' && child.type !== 'hyperlink')
      blocks.push(...treeToBlocks(child.children));
  }
  return blocks;
}

function rowsOf(children: readonly MammothElement[]): WordCell[][] {
  return children
    .filter((row) => row.type === 'tableRow')
    .map((row) =>
      row.children.filter((cell) => cell.type === 'tableCell').map((cell) => ({ blocks: treeToBlocks(cell.children) })),
    );
}

interface Inline {
  text: string;
  bookmarks: string[];
  pictures: WordPicture[];
  /** Letters outside bold runs: any makes the paragraph "not all bold". */
  plainLetters: boolean;
  boldLetters: boolean;
}

function paragraphOf(paragraph: Extract<MammothElement, { type: 'paragraph' }>): WordParagraph {
  const inline: Inline = { text: '', bookmarks: [], pictures: [], plainLetters: false, boldLetters: false };
  collectInline(paragraph.children, false, inline);
  const styleName = paragraph.styleName ?? paragraph.styleId;
  const level = HEADING_STYLE.exec(styleName?.trim() ?? '')?.[1] ?? /^Heading(\d)$/.exec(paragraph.styleId ?? '')?.[1];
  return {
    kind: 'paragraph',
    text: inline.text,
    styleName,
    headingLevel: level ? Number(level) : null,
    bold: inline.boldLetters && !inline.plainLetters,
    list: paragraph.numbering
      ? { ordered: paragraph.numbering.isOrdered, level: Number(paragraph.numbering.level) || 0 }
      : null,
    role: roleOf(styleName),
    bookmarks: inline.bookmarks,
    pictures: inline.pictures,
  };
}

function roleOf(styleName: string | null): ParagraphRole {
  const name = styleName?.trim().toLowerCase() ?? '';
  if (CONTENTS_STYLE.test(name)) return 'contents';
  if (name === 'caption' || name === 'légende' || name === 'figure') return 'caption';
  if (name === 'title' || name === 'titre') return 'title';
  if (name === 'field label') return 'field-label';
  return 'body';
}

function collectInline(children: readonly MammothElement[], bold: boolean, into: Inline): void {
  for (const child of children) {
    switch (child.type) {
      case 'run':
        collectInline(child.children, child.isBold || child.styleName === 'Strong', into);
        break;
      case 'hyperlink':
        collectInline(child.children, bold, into);
        break;
      case 'text':
        into.text += child.value;
        if (LETTER.test(child.value)) {
          if (bold) into.boldLetters = true;
          else into.plainLetters = true;
        }
        break;
      case 'tab':
        into.text += '\t';
        break;
      case 'break':
        if (child.breakType === 'line') into.text += '\n';
        break;
      case 'checkbox':
        into.text += child.checked ? '☒' : '☐';
        break;
      case 'bookmarkStart':
        into.bookmarks.push(child.name);
        break;
      case 'image':
        into.pictures.push(pictureOf(child));
        break;
      default:
        // Notes, comments and their references are not the report's text.
        break;
    }
  }
}

function pictureOf(image: Extract<MammothElement, { type: 'image' }>): WordPicture {
  return {
    contentType: image.contentType ?? 'application/octet-stream',
    altText: (image.altText ?? '').trim(),
    read: async () => {
      const bytes = await image.read();
      return typeof bytes === 'string' ? Buffer.from(bytes, 'base64') : bytes;
    },
  };
}
