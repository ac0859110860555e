import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLines, type Line, type LinePiece } from '@/electron/main/services/export/page-layout/break-lines';
import { textWidth } from '@/electron/main/services/export/page-layout/text-measure';
import { arial, image, lineBreak, pageRef, paragraphBlock, tab, text } from './support/blocks';

const NO_NUMBERS = new Map<string, string>();
const textOf = (pieces: readonly LinePiece[] | undefined): string =>
  (pieces ?? []).map((piece) => (piece.kind === 'text' ? piece.text : '')).join('');

describe('breakLines with pieces (what each line shows, for drawing)', () => {
  it('breaks where it breaks without them: same lines, same heights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,14}(-[a-z]{1,6})?$/), { minLength: 1, maxLength: 80 }),
        fc.integer({ min: 600, max: 9000 }),
        (words, width) => {
          const paragraph = paragraphBlock([
            text(words.slice(0, 30).join(' ')),
            text(` ${words.slice(30).join(' ')}`, arial(12, { bold: true })),
          ]);
          const plain = breakLines(paragraph, width, NO_NUMBERS);
          const drawn = breakLines(paragraph, width, NO_NUMBERS, { pieces: true });
          expect(drawn.map(({ pieces: _pieces, ...line }): Line => line)).toEqual(plain);
          // Every character is drawn once, in order.
          expect(
            drawn
              .map((line) => textOf(line.pieces))
              .join('')
              .replace(/\s+/g, ' ')
              .trim(),
          ).toBe(`${words.slice(0, 30).join(' ')} ${words.slice(30).join(' ')}`.replace(/\s+/g, ' ').trim());
        },
      ),
      { numRuns: 60 },
    );
  });

  it('places each run where the one before it ends, spaces included', () => {
    const [line] = breakLines(
      paragraphBlock([text('Figure '), text('12', arial(10, { bold: true })), text(': a caption')]),
      9000,
      NO_NUMBERS,
      { pieces: true },
    );
    const pieces = (line?.pieces ?? []).filter((piece) => piece.kind === 'text');
    expect(pieces.map((piece) => piece.text)).toEqual(['Figure ', '12', ': a caption']);
    // "Figure " with its space: (1251 + 455 + 1139 + 1139 + 682 + 1139 + 569) / 2048 em at 10 pt.
    expect(pieces[1]?.x).toBeCloseTo(31.123046875, 9);
    expect(pieces[2]?.x).toBeCloseTo(31.123046875 + textWidth('12', arial(10, { bold: true })), 9);
  });

  it('sets a contents entry’s number against its right tab, with dots up to it', () => {
    const entry = paragraphBlock([text('1.1  Individual empowerment'), tab(), pageRef('_Toc1')], { rightTabs: [9000] });
    const [line] = breakLines({ ...entry, rightTabLeader: 'dot' }, 9000, new Map([['_Toc1', '17']]), { pieces: true });
    const pieces = line?.pieces ?? [];
    const number = pieces.at(-1);
    expect(number).toMatchObject({ kind: 'text', text: '17' });
    expect((number?.x ?? 0) + (number?.width ?? 0)).toBeCloseTo(450, 6);
    const leader = pieces.find((piece) => piece.kind === 'leader');
    expect(leader?.x).toBeCloseTo(pieces[0]?.width ?? 0, 6);
    expect((leader?.x ?? 0) + (leader?.width ?? 0)).toBeCloseTo(number?.x ?? 0, 6);
  });

  it('cuts a word longer than the line between characters, over as many lines as it takes', () => {
    const link = 'https://kilifi.go.ke/learning-city/reports/2024-2026/ward-registers.pdf'.replace(/-/g, '_');
    const drawn = breakLines(paragraphBlock([text(link)]), 2000, NO_NUMBERS, { pieces: true });
    expect(drawn.length).toBeGreaterThan(1);
    expect(drawn.map((line) => textOf(line.pieces)).join('')).toBe(link);
    for (const line of drawn)
      for (const piece of line.pieces ?? []) expect(piece.x + piece.width).toBeLessThanOrEqual(100 + 0.01);
  });

  it('keeps pictures and line breaks in their places', () => {
    const drawn = breakLines(
      paragraphBlock([text('Before'), lineBreak(), image(120, 80), text(' after')]),
      9000,
      NO_NUMBERS,
      { pieces: true },
    );
    expect(drawn).toHaveLength(2);
    expect(textOf(drawn[0]?.pieces)).toBe('Before');
    expect(drawn[1]?.pieces?.[0]).toMatchObject({ kind: 'picture', x: 0, width: 120, height: 80 });
    // The space after the picture separates; the word is drawn after it.
    expect(drawn[1]?.pieces?.[1]).toMatchObject({ kind: 'text', text: 'after' });
    expect(drawn[1]?.pieces?.[1]?.x).toBeCloseTo(120 + textWidth(' ', arial(10)), 9);
  });
});
