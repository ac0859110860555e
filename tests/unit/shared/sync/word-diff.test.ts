import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordDiff } from '@/shared/sync/word-diff';

describe('word diff for the conflict view', () => {
  it('marks the changed words', () => {
    expect(wordDiff('Adults enrolled in 2024', 'Adults registered in 2024')).toEqual([
      { kind: 'same', text: 'Adults ' },
      { kind: 'removed', text: 'enrolled ' },
      { kind: 'added', text: 'registered ' },
      { kind: 'same', text: 'in 2024' },
    ]);
  });

  it('rebuilds both texts exactly from its parts', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const parts = wordDiff(before, after);
        expect(
          parts
            .filter((p) => p.kind !== 'added')
            .map((p) => p.text)
            .join(''),
        ).toBe(before);
        expect(
          parts
            .filter((p) => p.kind !== 'removed')
            .map((p) => p.text)
            .join(''),
        ).toBe(after);
      }),
    );
  });
});
