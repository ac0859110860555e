import type { Inline } from './layout-blocks';
import type { LinePiece } from './break-lines';
import { charUnits, lookupFor, textWidth, UNITS_PER_EM, type RunFont } from './text-measure';

/** Part of the word being read: it may span several runs ("Figure " "1" ": caption"). */
interface WordPart {
  readonly inline: number;
  readonly text: string;
  readonly width: number;
  readonly font: RunFont;
}

/**
 * Keeps what goes on each line while `breakLines` decides where lines end, so a page can be
 * drawn from the same decisions that number it. It never changes a decision: the line
 * breaker calls it after each one.
 */
export class LinePieceRecorder {
  private word: WordPart[] = [];
  private line: LinePiece[] = [];

  /** Text read into the current word (with the spaces that end it, which take no width here). */
  addWordPart(inline: number, text: string, width: number, font: RunFont): void {
    if (text.trim() === '' && width === 0) return;
    this.word.push({ inline, text, width, font });
  }

  /** The word read so far goes on the line at x (points from the line's start). */
  placeWord(x: number): void {
    for (const part of this.word) {
      this.addText(part.inline, part.text, x, part.width);
      x += part.width;
    }
    this.word = [];
  }

  /** Text on the line; run on from the previous piece when it is of the same run (one piece per run and line). */
  private addText(inline: number, text: string, x: number, width: number): void {
    const last = this.line.at(-1);
    if (last?.kind === 'text' && last.inline === inline && x >= last.x + last.width) {
      this.line[this.line.length - 1] = { ...last, text: last.text + text, width: x + width - last.x };
      return;
    }
    this.line.push({ kind: 'text', inline, text, x, width });
  }

  /**
   * A word longer than the line: as much of it as fits in `room` goes on the line (broken
   * between characters), the rest stays the word being placed.
   */
  placeWordPrefix(room: number): void {
    let used = 0;
    const rest: WordPart[] = [];
    for (const part of this.word) {
      if (rest.length > 0) {
        rest.push(part);
        continue;
      }
      const head = cutAt(part.text, part.font, room - used);
      const headWidth = head.length === part.text.length ? part.width : textWidth(head, part.font);
      if (head) this.addText(part.inline, head, used, headWidth);
      used += headWidth;
      if (head.length < part.text.length)
        rest.push({ ...part, text: part.text.slice(head.length), width: Math.max(0, part.width - headWidth) });
    }
    this.word = rest;
  }

  picture(inline: number, x: number, width: number, height: number): void {
    this.line.push({ kind: 'picture', inline, x, width, height });
  }

  /**
   * Text after a right-aligned tab: set so that it ends at the tab stop, with the tab's
   * leader (dots) from the end of the line's text up to it.
   */
  rightAligned(
    inlines: readonly Inline[],
    firstIndex: number,
    stop: number,
    pageNumbers: ReadonlyMap<string, string>,
    leader: RunFont | undefined,
  ): void {
    const parts: { inline: number; text: string; width: number }[] = [];
    inlines.forEach((inline, offset) => {
      if (inline.kind === 'text')
        parts.push({ inline: firstIndex + offset, text: inline.text, width: textWidth(inline.text, inline.font) });
      else if (inline.kind === 'page-ref') {
        const text = pageNumbers.get(inline.bookmark) ?? '';
        parts.push({ inline: firstIndex + offset, text, width: textWidth(text, inline.font) });
      }
    });
    const width = parts.reduce((sum, part) => sum + part.width, 0);
    let x = Math.max(0, stop - width);
    const textEnd = this.line.reduce((end, piece) => Math.max(end, piece.x + piece.width), 0);
    if (leader && x - textEnd > 0) this.line.push({ kind: 'leader', x: textEnd, width: x - textEnd, font: leader });
    for (const part of parts) {
      this.line.push({ kind: 'text', inline: part.inline, text: part.text, x, width: part.width });
      x += part.width;
    }
  }

  /** The pieces of the line that has just ended. */
  takeLine(): LinePiece[] {
    const pieces = this.line;
    this.line = [];
    return pieces;
  }
}

/** The longest start of the text (at least nothing) whose width fits in `room` points. */
function cutAt(text: string, font: RunFont, room: number): string {
  const lookup = lookupFor(font);
  const scale = font.size / UNITS_PER_EM;
  let width = 0;
  for (let index = 0; index < text.length; index++) {
    width += charUnits(lookup, text.charCodeAt(index)) * scale;
    if (width > room) return text.slice(0, index);
  }
  return text;
}
