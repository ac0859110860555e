import { TWIPS_PER_POINT, type Inline, type ParagraphBlock } from './layout-blocks';
import { LinePieceRecorder } from './line-pieces';
import { charUnits, lookupFor, singleLineHeight, textWidth, UNITS_PER_EM, type RunFont } from './text-measure';

/** One line of a paragraph, in points. */
export interface Line {
  readonly height: number;
  /**
   * The part of the height that multiple line spacing adds: Word lets it hang below the
   * bottom margin, so a line fits when the rest of it does.
   */
  readonly slack: number;
  /** A page break ends the line: what follows starts a new page. */
  readonly pageBreakAfter: boolean;
  /** What the line shows and where, when the lines were broken for drawing (see `breakLines`). */
  readonly pieces?: readonly LinePiece[];
}

/**
 * A part of a line, placed from the start of the line (the indent) in points: text of one
 * run (its trailing spaces included), a picture, or the dots before a contents entry's number.
 */
export type LinePiece =
  | {
      readonly kind: 'text';
      readonly inline: number;
      readonly text: string;
      readonly x: number;
      readonly width: number;
    }
  | {
      readonly kind: 'picture';
      readonly inline: number;
      readonly x: number;
      readonly width: number;
      readonly height: number;
    }
  | { readonly kind: 'leader'; readonly x: number; readonly width: number; readonly font: RunFont };

/** Breaks lines for drawing too: what is on each line, not only how tall it is. */
export interface BreakOptions {
  readonly pieces?: boolean;
}

const DEFAULT_TAB = 720;

/** A line may break after a hyphen or dash inside a word (-, ‐, –, —), as after spaces. */
function breaksAfter(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2013 || code === 0x2014;
}

interface LineState {
  /** Width of what is on the line, without its trailing spaces (points). */
  width: number;
  /** Width of the spaces after the last word, which count only if another word follows. */
  spaces: number;
  /** Tallest font on the line, and the tallest picture. */
  fontHeight: number;
  imageHeight: number;
  empty: boolean;
}

/**
 * Breaks a paragraph into lines as Word does for left-aligned text: words (and the spaces
 * after them) go on a line while they fit, spaces at the end of a line hang in the margin, a
 * word longer than a line is broken where it runs out, and text after a right-aligned tab
 * (a contents entry's page number) stays on the line of the word before it. With
 * `{ pieces: true }` each line also says what it shows and where (for drawing the page);
 * where lines break does not change.
 */
export function breakLines(
  paragraph: ParagraphBlock,
  columnTwips: number,
  pageNumbers: ReadonlyMap<string, string>,
  options: BreakOptions = {},
): Line[] {
  const { format } = paragraph;
  const available = Math.max(1, columnTwips - format.indentLeft - format.indentRight) / TWIPS_PER_POINT;
  // A first-line indent shortens the first line. A hanging indent is a list's: its text starts
  // at the indent on every line (the bullet sits in the hanging part), so no line is longer.
  const firstLineIndent = Math.max(0, format.firstLine) / TWIPS_PER_POINT;
  const multiple = format.line.rule === 'auto' ? format.line.value / 240 : 1;
  const markHeight = singleLineHeight(paragraph.font);
  const recorder = options.pieces ? new LinePieceRecorder() : undefined;
  const lines: Line[] = [];
  const fresh = (): LineState => ({ width: 0, spaces: 0, fontHeight: 0, imageHeight: 0, empty: true });
  let line = fresh();
  // The word being read: it may span several runs ("Figure " "1" ": caption").
  let word = { width: 0, fontHeight: 0 };
  let tail = 0; // width kept with the last word: what follows a right-aligned tab
  const room = (): number => Math.max(1, available - (lines.length === 0 ? firstLineIndent : 0));

  const finishLine = (pageBreakAfter: boolean): void => {
    const fontHeight = line.fontHeight || markHeight;
    const finished = lineOf(format.line, multiple, fontHeight, line.imageHeight, markHeight, pageBreakAfter);
    lines.push(recorder ? { ...finished, pieces: recorder.takeLine() } : finished);
    line = fresh();
  };
  /** Puts the word read so far on the line, or on a new one when it does not fit. */
  const placeWord = (trailingSpaces: number, spaceHeight: number): void => {
    const needed = word.width + tail;
    if (needed === 0) {
      // Spaces alone never wrap: at the end of a line they hang in the margin.
      line.spaces += trailingSpaces;
      if (trailingSpaces > 0) line.fontHeight = Math.max(line.fontHeight, spaceHeight);
      word = { width: 0, fontHeight: 0 };
      recorder?.placeWord(line.width + line.spaces);
      return;
    }
    if (!line.empty && line.width + line.spaces + needed > room()) finishLine(false);
    let rest = needed;
    // Longer than a line (a pasted link): Word breaks it wherever the line is full.
    while (line.empty && rest > room()) {
      line.fontHeight = Math.max(line.fontHeight, word.fontHeight);
      recorder?.placeWordPrefix(room());
      rest -= room();
      finishLine(false);
    }
    recorder?.placeWord(line.empty ? 0 : line.width + line.spaces);
    line.width += (line.empty ? 0 : line.spaces) + rest;
    line.empty = false;
    line.fontHeight = Math.max(line.fontHeight, word.fontHeight, trailingSpaces > 0 ? spaceHeight : 0);
    line.spaces = trailingSpaces;
    word = { width: 0, fontHeight: 0 };
    tail = 0;
  };
  /** A picture in the line: it goes on a new line when it does not fit, but is never split. */
  const placePicture = (index: number, width: number, height: number): void => {
    placeWord(0, 0);
    if (!line.empty && line.width + line.spaces + width > room()) finishLine(false);
    recorder?.picture(index, line.empty ? 0 : line.width + line.spaces, width, height);
    line.width += (line.empty ? 0 : line.spaces) + width;
    line.spaces = 0;
    line.empty = false;
    line.imageHeight = Math.max(line.imageHeight, height);
  };

  const inlines = paragraph.inlines;
  const tabIndex = rightTabIndex(paragraph);
  for (let index = 0; index < inlines.length; index++) {
    const inline = inlines[index];
    if (!inline) continue;
    if (index === tabIndex) {
      // Right-aligned tab: the rest of the paragraph is set against the tab stop, on this line.
      const after = inlines.slice(index + 1);
      tail = afterTabWidth(after, pageNumbers);
      const fontHeight = Math.max(
        word.fontHeight,
        singleLineHeight(inline.kind === 'tab' ? inline.font : paragraph.font),
      );
      word.fontHeight = fontHeight;
      placeWord(0, 0);
      const stop = Math.min(room(), ((paragraph.rightTabs[0] ?? 0) - format.indentLeft) / TWIPS_PER_POINT);
      recorder?.rightAligned(
        after,
        index + 1,
        stop > 0 ? stop : room(),
        pageNumbers,
        paragraph.rightTabLeader === 'dot' && inline.kind === 'tab' ? inline.font : undefined,
      );
      break;
    }
    switch (inline.kind) {
      case 'text': {
        // Walks the text as words: a word ends at spaces (which go with it) and after a hyphen
        // or dash inside a word; a word may go on into the next run ("Figure " "1" ": …").
        const { text, font } = inline;
        const lookup = lookupFor(font);
        const scale = font.size / UNITS_PER_EM;
        const height = singleLineHeight(font);
        const spaceUnits = charUnits(lookup, 0x20);
        let units = 0;
        let position = 0;
        let partStart = 0;
        while (position < text.length) {
          const code = text.charCodeAt(position);
          if (code === 0x20) {
            let spaces = 0;
            while (position < text.length && text.charCodeAt(position) === 0x20) {
              spaces += spaceUnits;
              position++;
            }
            word.width += units * scale;
            word.fontHeight = Math.max(word.fontHeight, height);
            recorder?.addWordPart(index, text.slice(partStart, position), units * scale, font);
            partStart = position;
            placeWord(spaces * scale, height);
            units = 0;
            continue;
          }
          const advance = charUnits(lookup, code);
          units += advance;
          position++;
          if (breaksAfter(code) && units > advance && position < text.length && text.charCodeAt(position) !== 0x20) {
            word.width += units * scale;
            word.fontHeight = Math.max(word.fontHeight, height);
            recorder?.addWordPart(index, text.slice(partStart, position), units * scale, font);
            partStart = position;
            placeWord(0, height);
            units = 0;
          }
        }
        if (units > 0) {
          word.width += units * scale;
          word.fontHeight = Math.max(word.fontHeight, height);
          recorder?.addWordPart(index, text.slice(partStart), units * scale, font);
        }
        break;
      }
      case 'page-ref':
      case 'page-field': {
        const number = numberShown(inline, pageNumbers);
        const width = textWidth(number, inline.font);
        word.width += width;
        word.fontHeight = Math.max(word.fontHeight, singleLineHeight(inline.font));
        recorder?.addWordPart(index, number, width, inline.font);
        break;
      }
      case 'tab': {
        placeWord(0, 0);
        const position = line.width + line.spaces;
        const stop = (Math.floor((position * TWIPS_PER_POINT) / DEFAULT_TAB) + 1) * (DEFAULT_TAB / TWIPS_PER_POINT);
        if (stop > room()) finishLine(false);
        else {
          line.width = stop;
          line.spaces = 0;
          line.empty = false;
          line.fontHeight = Math.max(line.fontHeight, singleLineHeight(inline.font));
        }
        break;
      }
      case 'image':
        placePicture(index, inline.width, inline.height);
        break;
      case 'line-break':
        placeWord(0, 0);
        line.fontHeight = Math.max(line.fontHeight, singleLineHeight(inline.font));
        finishLine(false);
        break;
      case 'page-break':
        placeWord(0, 0);
        finishLine(true);
        break;
    }
  }
  placeWord(0, 0);
  // The paragraph mark ends the last line; after a page break with nothing behind it, it
  // stays on the line of the break.
  if (lines.length === 0 || !line.empty || lines.at(-1)?.pageBreakAfter !== true) finishLine(false);
  return lines;
}

/**
 * Where page fields find their numbers: a header or footer is laid out once per page with
 * the page's number and the page count under these names, beside the bookmarks' numbers.
 */
export const PAGE_FIELD_NAMES = { page: '\u0000PAGE', pages: '\u0000NUMPAGES' } as const;

function numberShown(
  inline: Extract<Inline, { kind: 'page-ref' | 'page-field' }>,
  pageNumbers: ReadonlyMap<string, string>,
): string {
  return pageNumbers.get(inline.kind === 'page-ref' ? inline.bookmark : PAGE_FIELD_NAMES[inline.field]) ?? '';
}

function lineOf(
  spacing: ParagraphBlock['format']['line'],
  multiple: number,
  fontHeight: number,
  imageHeight: number,
  markHeight: number,
  pageBreakAfter: boolean,
): Line {
  if (spacing.rule === 'exact') return { height: spacing.value / TWIPS_PER_POINT, slack: 0, pageBreakAfter };
  // A picture's line is the picture plus the extra that multiple spacing adds to a line of the
  // paragraph's font, or the text's line when the text on it is taller.
  const natural = Math.max(imageHeight > 0 ? imageHeight + (multiple - 1) * markHeight : 0, fontHeight * multiple);
  const height = spacing.rule === 'atLeast' ? Math.max(natural, spacing.value / TWIPS_PER_POINT) : natural;
  const slack =
    spacing.rule === 'auto' && multiple > 1 ? (multiple - 1) * (imageHeight > 0 ? markHeight : fontHeight) : 0;
  return { height, slack, pageBreakAfter };
}

function rightTabIndex(paragraph: ParagraphBlock): number {
  if (paragraph.rightTabs.length === 0) return -1;
  return paragraph.inlines.findIndex((inline) => inline.kind === 'tab');
}

function afterTabWidth(inlines: readonly Inline[], pageNumbers: ReadonlyMap<string, string>): number {
  let width = 0;
  for (const inline of inlines) {
    if (inline.kind === 'text') width += textWidth(inline.text, inline.font);
    else if (inline.kind === 'page-ref' || inline.kind === 'page-field')
      width += textWidth(numberShown(inline, pageNumbers), inline.font);
  }
  return width;
}
