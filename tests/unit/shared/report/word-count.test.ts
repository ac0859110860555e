import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, IncrementalWordCounter } from '@/shared/report/word-count';

describe('countWords, as Microsoft Word counts', () => {
  it.each([
    ['', 0],
    ['   \n\t ', 0],
    ['Learning city', 2],
    ['  leading and trailing  spaces  ', 4],
    ['line\nbreaks\r\nand\ttabs', 4],
  ])('counts runs between white space: %j → %i', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it('keeps hyphenated compounds as one word (father-in-law, vis-a-vis, state-of-the-art)', () => {
    expect(countWords('Talk to your father-in-law')).toBe(4);
    expect(countWords('a state-of-the-art vis-a-vis plan')).toBe(4);
  });

  it('keeps elisions and Kiswahili apostrophes in one word', () => {
    expect(countWords("l'école de l'île")).toBe(3);
    expect(countWords("ng'ombe wa mwalimu wa ng'ambo")).toBe(5);
    expect(countWords('don’t they’re aujourd’hui')).toBe(3);
  });

  it('counts numbers with separators as one word, and a written date by its parts', () => {
    expect(countWords('1,200 learners and 3.5 km')).toBe(5);
    expect(countWords('June 30, 2003')).toBe(3);
    expect(countWords('06/30/2003')).toBe(1);
    expect(countWords('40% of 1 000')).toBe(4);
  });

  it('counts a URL or an e-mail address as one word', () => {
    expect(countWords('See https://kilifi.go.ke/learning-city?year=2024#stats now')).toBe(3);
    expect(countWords('Write to afisa.elimu@kilifi.go.ke today')).toBe(4);
  });

  it('does not count punctuation or dashes standing alone', () => {
    expect(countWords('Kilifi – Garissa — Laikipia - Nairobi')).toBe(4);
    expect(countWords('Yes ... no ! ( ) • ¶ —')).toBe(2);
    expect(countWords('"quoted" (bracketed) word.')).toBe(3);
  });

  it('joins words on a dash without spaces, as Word does', () => {
    expect(countWords('2019–2021 Kilifi—Garissa')).toBe(2);
  });

  it('treats no-break and other Unicode spaces as breaks', () => {
    expect(countWords('100\u00a0km\u202Fsquare\u3000area\u2003here')).toBe(5);
  });

  it('counts letters and digits of every script, including beyond the BMP', () => {
    expect(countWords('élève Ωmega 北京 𝟙𝟚𝟛 ٣')).toBe(5);
    expect(countWords('🙂 🎉')).toBe(0);
    expect(countWords('🙂yes')).toBe(1);
  });

  it('counts a 1 MB narrative in linear time', () => {
    const text = 'Wanafunzi wa ngazi-ya-chini 1,200, ng’ombe. '.repeat(24_000);
    expect(text.length).toBeGreaterThan(1_000_000);
    const started = performance.now();
    expect(countWords(text)).toBe(5 * 24_000);
    // A generous bound that only a quadratic or backtracking counter would break.
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('IncrementalWordCounter', () => {
  const pieces = fc.constantFrom('neno', ' ', '\n', 'l’école', '-', '—', '1,200', '\u00a0', '😀', 'ng’ombe', '\t', 'x');
  const text = (max: number) => fc.array(pieces, { maxLength: max }).map((parts) => parts.join(''));

  it('counts exactly as countWords through any series of edits, at any place', () => {
    fc.assert(
      fc.property(
        text(3000),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), text(30)), { maxLength: 12 }),
        (start, edits) => {
          const counter = new IncrementalWordCounter();
          let current = start;
          expect(counter.count(current)).toBe(countWords(current));
          for (const [at, removed, inserted] of edits) {
            const position = current.length === 0 ? 0 : at % (current.length + 1);
            current = current.slice(0, position) + inserted + current.slice(position + removed);
            expect(counter.count(current)).toBe(countWords(current));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('follows typing at the end of a megabyte, a surrogate pair split across a chunk edge included', () => {
    const counter = new IncrementalWordCounter();
    let current = `${'neno '.repeat(819)}a😀`.padEnd(4096 * 256, 'b c ');
    expect(counter.count(current)).toBe(countWords(current));
    for (const key of [' ', 'w', 'o', 'r', 'd', ' ', '😀']) {
      current += key;
      expect(counter.count(current)).toBe(countWords(current));
    }
    current = current.slice(0, 4095) + current.slice(4100);
    expect(counter.count(current)).toBe(countWords(current));
  });
});
