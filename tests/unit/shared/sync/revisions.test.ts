import { describe, expect, it } from 'vitest';
import {
  ancestryOf,
  compareForWinner,
  extendAncestry,
  generationOf,
  KEPT_ANCESTRY,
  newestShared,
} from '@/shared/sync/revisions';

describe('CouchDB revisions', () => {
  it('lists a leaf’s ancestry newest first from _revisions, keeping a bounded number', () => {
    expect(ancestryOf({ start: 3, ids: ['c', 'b', 'a'] }, '3-c')).toEqual(['3-c', '2-b', '1-a']);
    expect(ancestryOf(undefined, '5-e')).toEqual(['5-e']);
    expect(ancestryOf({ start: 100, ids: Array.from({ length: 100 }, (_, i) => `h${i}`) }, '100-h0')).toHaveLength(
      KEPT_ANCESTRY,
    );
    expect(extendAncestry('4-d', ['3-c', '2-b'])).toEqual(['4-d', '3-c', '2-b']);
    expect(generationOf('12-abc')).toBe(12);
  });

  it('picks the winner CouchDB picks: live before deleted, then the longest branch, then the larger revision id', () => {
    const leaves = [{ rev: '3-aaa' }, { rev: '4-bbb', deleted: true }, { rev: '3-ccc' }, { rev: '2-fff' }];
    expect([...leaves].sort(compareForWinner).map((leaf) => leaf.rev)).toEqual(['3-ccc', '3-aaa', '2-fff', '4-bbb']);
  });

  it('finds where a branch forked from this computer’s line', () => {
    const ours = new Set(['4-d', '3-c', '2-b', '1-a']);
    expect(newestShared(['3-x', '2-b', '1-a'], ours)).toBe('2-b');
    expect(newestShared(['5-y', '4-d', '3-c'], ours)).toBe('4-d');
    expect(newestShared(['9-z'], ours)).toBeUndefined();
  });
});
