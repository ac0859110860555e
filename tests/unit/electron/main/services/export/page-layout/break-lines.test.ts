import { describe, expect, it } from 'vitest';
import { breakLines, type Line } from '@/electron/main/services/export/page-layout/break-lines';
import type { ParagraphFormat } from '@/electron/main/services/export/page-layout/formatting';
import type { ParagraphBlock } from '@/electron/main/services/export/page-layout/layout-blocks';
import { arial, image, lineBreak, pageBreak, pageRef, paragraphBlock, tab, text } from './support/blocks';

// Arial at 10 pt: a = 1139/2048 em = 5.5615234375 pt, space = 569/2048 em = 2.7783203125 pt,
// so "aaaa" is 22.24609375 pt and "aaaa aaaa" 47.2705078125 pt.
// A single line is size × 2355/2048: 11.4990234375 pt at 10 pt, 22.998046875 pt at 20 pt.
const SINGLE_10 = 11.4990234375;
const SINGLE_12 = 13.798828125;
const SINGLE_20 = 22.998046875;

const NO_NUMBERS = new Map<string, string>();
const lines = (
  paragraph: ParagraphBlock,
  columnTwips: number,
  numbers: ReadonlyMap<string, string> = NO_NUMBERS,
): Line[] => breakLines(paragraph, columnTwips, numbers);
const countOf = (words: string, columnTwips: number): number =>
  lines(paragraphBlock([text(words)]), columnTwips).length;
const line = (height: number, slack = 0, pageBreakAfter = false): Line => ({ height, slack, pageBreakAfter });
const spaced = (line: ParagraphFormat['line']): { format: Partial<ParagraphFormat> } => ({ format: { line } });

function expectLines(actual: readonly Line[], expected: readonly Line[]): void {
  expect(actual.map((each) => each.pageBreakAfter)).toEqual(expected.map((each) => each.pageBreakAfter));
  actual.forEach((each, index) => {
    expect(each.height).toBeCloseTo(expected[index]?.height ?? Number.NaN, 9);
    expect(each.slack).toBeCloseTo(expected[index]?.slack ?? Number.NaN, 9);
  });
}

describe('breakLines: wrapping', () => {
  it('puts words on a line while they fit and wraps the rest', () => {
    // 50 pt holds "aaaa aaaa" (47.27 pt) but not a third word (72.29 pt).
    expect(lines(paragraphBlock([text('aaaa aaaa aaaa aaaa aaaa')]), 1000)).toEqual([
      line(SINGLE_10),
      line(SINGLE_10),
      line(SINGLE_10),
    ]);
  });

  it('lets the spaces after the last word of a line hang past the margin', () => {
    // 48 pt holds "aaaa aaaa" (47.27 pt) though not its space after (50.05 pt).
    expect(countOf('aaaa aaaa aaaa', 960)).toBe(2);
  });

  it('measures a word that spans runs as one word', () => {
    // "aaaa " (25.02 pt) then one word of "bb" at 20 pt (22.25 pt) and "aaaa" (22.25 pt): 69.5 pt on 50 pt.
    // The whole word wraps, so the first line has 10 pt text only.
    expect(lines(paragraphBlock([text('aaaa '), text('bb', arial(20)), text('aaaa')]), 1000)).toEqual([
      line(SINGLE_10),
      line(SINGLE_20),
    ]);
  });

  it('may break after a hyphen or dash inside a word', () => {
    // "aaaa learning-" is 63.93 pt and "city aaaa" 40.02 pt: two lines of 65 pt; whole words would take three.
    expect(countOf('aaaa learning-city aaaa', 1300)).toBe(2);
    // With an en dash (1139 units): "aaaa learning–" is 66.17 pt, on 67 pt.
    expect(countOf('aaaa learning–city aaaa', 1340)).toBe(2);
  });

  it('does not break after a hyphen that starts a word', () => {
    // Breaking after "-" would give "aaaa -" / "learning aaaa" (60.6 pt) on 62 pt; "-learning" stays whole.
    expect(countOf('aaaa -learning aaaa', 1240)).toBe(3);
  });

  it('splits a word longer than a line over as many lines as it needs, and goes on after it', () => {
    const long = 'a'.repeat(20); // 111.23 pt on 50 pt lines: 50 + 50 + 11.23
    expect(countOf(long, 1000)).toBe(3);
    expect(countOf(`${long} aaaa`, 1000)).toBe(3); // 11.23 + 2.78 + 22.25 = 36.26 pt
    expect(countOf(`${long} aaaa aaaa`, 1000)).toBe(4);
  });

  it('counts an emoji as one em', () => {
    expect(countOf('😀 😀', 500)).toBe(1); // 22.78 pt on 25 pt
    expect(countOf('😀😀😀', 500)).toBe(2); // 30 pt
  });

  it('narrows the line by the left and right indents', () => {
    const words = [text('aaaa aaaa')];
    expect(lines(paragraphBlock(words), 1300)).toHaveLength(1);
    expect(lines(paragraphBlock(words, { format: { indentLeft: 360 } }), 1300)).toHaveLength(2); // 47 pt
    expect(lines(paragraphBlock(words, { format: { indentRight: 360 } }), 1300)).toHaveLength(2);
    expect(lines(paragraphBlock(words, { format: { indentLeft: 150, indentRight: 150 } }), 1300)).toHaveLength(1); // 50 pt
  });

  it('sets text after a tab at the next default stop, every half inch', () => {
    // "aa" (11.12 pt) from the stop at 36 pt ends at 47.12 pt.
    const tabbed = paragraphBlock([text('aa'), tab(), text('aa')]);
    expect(lines(tabbed, 1000)).toHaveLength(1);
    expect(lines(tabbed, 920)).toHaveLength(2);
  });

  it('gives a page reference the width of the number it will show', () => {
    // "12 aaaa aaaa" is 61.17 pt; without its number, " aaaa aaaa" is 50.05 pt: on 52 pt.
    const reference = paragraphBlock([pageRef('_Toc1'), text(' aaaa aaaa')]);
    expect(lines(reference, 1040)).toHaveLength(1);
    expect(lines(reference, 1040, new Map([['_Toc1', '12']]))).toHaveLength(2);
  });
});

describe('breakLines: text after a right-aligned tab', () => {
  // A contents entry: "aaaa " at 10 pt (25.02 pt), "bbbb" at 20 pt (44.49 pt), a right tab, the page number at 10 pt.
  const entry = paragraphBlock([text('aaaa '), text('bbbb', arial(20)), tab(), pageRef('_Toc1')], {
    rightTabs: [1560],
  });

  it('stays on the line when the last word and the number fit', () => {
    // 25.02 + 44.49 + 5.56 ("1") = 75.08 pt on 78 pt.
    expect(lines(entry, 1560, new Map([['_Toc1', '1']]))).toEqual([line(SINGLE_20)]);
  });

  it('takes the last word with it to the next line when they do not fit', () => {
    // 25.02 + 44.49 + 11.12 ("12") = 80.64 pt: "bbbb" and "12" go on together, so the first line is 10 pt text.
    expect(lines(entry, 1560, new Map([['_Toc1', '12']]))).toEqual([line(SINGLE_10), line(SINGLE_20)]);
  });

  it('counts written text after the tab as well', () => {
    const written = paragraphBlock([text('aaaa '), text('bbbb', arial(20)), tab(), text('12')], { rightTabs: [1560] });
    expect(lines(written, 1560)).toEqual([line(SINGLE_10), line(SINGLE_20)]);
  });
});

describe('breakLines: breaks', () => {
  it('ends a line at each line break, and a break at the end leaves an empty line', () => {
    expect(lines(paragraphBlock([text('aa'), lineBreak(), text('bb')]), 9000)).toHaveLength(2);
    expect(lines(paragraphBlock([text('aa'), lineBreak(arial(20))]), 9000)).toEqual([line(SINGLE_20), line(SINGLE_10)]);
  });

  it('makes a paragraph that is only a page break one line that ends its page', () => {
    expect(lines(paragraphBlock([pageBreak]), 9000)).toEqual([line(SINGLE_10, 0, true)]);
  });

  it('starts the text after a page break on a new line', () => {
    expect(lines(paragraphBlock([text('aa'), pageBreak, text('bb')]), 9000)).toEqual([
      line(SINGLE_10, 0, true),
      line(SINGLE_10),
    ]);
  });
});

describe('breakLines: line heights', () => {
  it("gives an empty paragraph one line of its mark's font", () => {
    expect(lines(paragraphBlock([], { font: arial(8) }), 9000)).toEqual([line(9.19921875)]);
    expectLines(lines(paragraphBlock([], { font: arial(8), ...spaced({ value: 276, rule: 'auto' }) }), 9000), [
      line(9.19921875 * 1.15, 9.19921875 * 0.15),
    ]);
  });

  it("multiplies the tallest font's single line by the spacing, the added part being slack", () => {
    const mixed = (spacing: ParagraphFormat['line']): ParagraphBlock =>
      paragraphBlock([text('aa '), text('bb', arial(12))], spaced(spacing));
    expect(lines(mixed({ value: 240, rule: 'auto' }), 9000)).toEqual([line(SINGLE_12)]);
    expectLines(lines(mixed({ value: 276, rule: 'auto' }), 9000), [line(15.86865234375, 2.06982421875)]);
    expectLines(lines(mixed({ value: 480, rule: 'auto' }), 9000), [line(2 * SINGLE_12, SINGLE_12)]);
  });

  it('gives an exact line its height whatever the font, and an at-least line no less, neither with slack', () => {
    expect(lines(paragraphBlock([text('aa', arial(20))], spaced({ value: 300, rule: 'exact' })), 9000)).toEqual([
      line(15),
    ]);
    expect(lines(paragraphBlock([text('aa')], spaced({ value: 400, rule: 'atLeast' })), 9000)).toEqual([line(20)]);
    expect(lines(paragraphBlock([text('aa')], spaced({ value: 100, rule: 'atLeast' })), 9000)).toEqual([
      line(SINGLE_10),
    ]);
  });

  it("gives a picture's line its height plus the extra spacing of the mark's font, which is slack", () => {
    const photo = (spacing: ParagraphFormat['line'], size = 10): ParagraphBlock =>
      paragraphBlock([image(100, 50)], { font: arial(size), ...spaced(spacing) });
    expect(lines(photo({ value: 240, rule: 'auto' }), 9000)).toEqual([line(50)]);
    expectLines(lines(photo({ value: 276, rule: 'auto' }), 9000), [line(50 + 0.15 * SINGLE_10, 0.15 * SINGLE_10)]);
    expectLines(lines(photo({ value: 276, rule: 'auto' }, 20), 9000), [line(50 + 0.15 * SINGLE_20, 0.15 * SINGLE_20)]);
    expect(lines(photo({ value: 300, rule: 'exact' }), 9000)).toEqual([line(15)]);
    expect(lines(photo({ value: 1200, rule: 'atLeast' }), 9000)).toEqual([line(60)]);
  });

  it('wraps a picture that does not fit after the text onto its own line', () => {
    expect(lines(paragraphBlock([text('aaaa'), image(40, 50)]), 1200)).toEqual([line(SINGLE_10), line(50)]); // 22.25 + 40 > 60 pt
  });
});

describe('breakLines: what must not add a line', () => {
  // 960 twips = 48 pt: "aaaa aaaa" (47.27 pt) fits; its trailing space reaches 50.05 pt.
  it('lets spaces after the last word hang past the margin', () => {
    expect(lines(paragraphBlock([text('aaaa aaaa ')]), 960)).toHaveLength(1);
    expect(lines(paragraphBlock([text('aaaa aaaa '), lineBreak(), text('b')]), 960)).toHaveLength(2);
  });

  it('puts a picture wider than the column on the first line, unsplit', () => {
    expectLines(lines(paragraphBlock([image(60, 40)]), 1000), [line(40)]);
  });
});

describe('breakLines: indents and mixed lines', () => {
  it('shortens only the first line by a first-line indent', () => {
    // 1300 twips = 65 pt holds "aaaa aaaa" (47.27 pt); less 18 pt of indent (47 pt) it does not.
    expect(lines(paragraphBlock([text('aaaa aaaa')], { format: { firstLine: 360 } }), 1300)).toHaveLength(2);
    expect(lines(paragraphBlock([text('aaaa aaaa aaaa')], { format: { firstLine: 360 } }), 1300)).toHaveLength(2);
  });

  it('makes a line with a picture at least as tall as the text on it', () => {
    const [first] = lines(paragraphBlock([text('aa', arial(20)), image(10, 5)]), 9000);
    expect(first?.height).toBeCloseTo(SINGLE_20, 9);
  });
});
