import { Paragraph, TextRun } from 'docx';
import { sanitizeText } from '../sanitize-text';

const BULLET = /^\s*(?:[-*•‣◦]|\d+[.)])\s+/;

/**
 * Turns what the officer typed into paragraphs as they meant them: a blank line starts a
 * new paragraph, a single line break stays a line break, and lines starting with "-", "*",
 * "•" or "1." become bullet points. Right-to-left runs are marked so Word orders them right.
 */
export function officerTextParagraphs(text: string): Paragraph[] {
  const clean = sanitizeText(text).trim();
  if (!clean) return [];
  const paragraphs: Paragraph[] = [];
  for (const block of clean.split(/\n\s*\n/)) {
    const lines = block.split('\n');
    let plain: string[] = [];
    const flushPlain = (): void => {
      if (plain.length > 0) paragraphs.push(new Paragraph({ children: linesToRuns(plain) }));
      plain = [];
    };
    for (const line of lines) {
      if (BULLET.test(line)) {
        flushPlain();
        paragraphs.push(new Paragraph({ bullet: { level: 0 }, children: linesToRuns([line.replace(BULLET, '')]) }));
      } else {
        plain.push(line);
      }
    }
    flushPlain();
  }
  return paragraphs;
}

const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

function linesToRuns(lines: readonly string[]): TextRun[] {
  return lines.map(
    (line, index) =>
      new TextRun({ text: line, break: index > 0 ? 1 : undefined, rightToLeft: RIGHT_TO_LEFT.test(line) || undefined }),
  );
}
