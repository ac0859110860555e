import type { WordParagraph } from '../read/word-blocks';

/** One paragraph of a field's text as the reader met it. */
export interface TextLine {
  readonly text: string;
  readonly list: WordParagraph['list'];
}

/**
 * Paragraphs back into the text the form holds, the inverse of the export's officer-text.ts:
 * paragraphs are separated by a blank line, a line break inside a paragraph stays a line
 * break, bullet items become "- item" lines and numbered items "1. item" (indented two
 * spaces a level), each list item on its own line. A list follows its lead-in line directly;
 * a paragraph after a list is set off by a blank line.
 */
export function linesToText(lines: readonly TextLine[]): string {
  let text = '';
  let previous: TextLine | undefined;
  const numbers: number[] = [];
  for (const line of lines) {
    const content = line.text.replace(/\s+$/u, '');
    if (!content.trim()) continue;
    let written = content;
    if (line.list) {
      const level = line.list.level;
      numbers.length = level + 1;
      numbers[level] = (numbers[level] ?? 0) + 1;
      written = `${'  '.repeat(level)}${line.list.ordered ? `${numbers[level]}.` : '-'} ${content.replace(/^\s+/u, '')}`;
    } else {
      numbers.length = 0;
    }
    if (previous) text += line.list ? '\n' : '\n\n';
    text += written;
    previous = line;
  }
  return text.trim();
}

export function joinTexts(...texts: readonly string[]): string {
  return texts.filter((text) => text.trim().length > 0).join('\n\n');
}
