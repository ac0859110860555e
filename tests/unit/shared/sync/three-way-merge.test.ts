import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonEqual, valueAt, type JsonValue } from '@/shared/sync/json-value';
import { threeWayMerge } from '@/shared/sync/three-way-merge';

/** Section-shaped values: text fields, a measures list with ids, an SDG set. Small alphabets so sides often collide. */
const text = fc.constantFrom('', 'a', 'b', 'water kiosks', 'adult literacy');
const measure = fc.record({ id: fc.constantFrom('m1', 'm2', 'm3'), indicator: text, current: text });
const section = fc.record({
  narrative: text,
  challenges: text,
  measures: fc.uniqueArray(measure, { selector: (row) => row.id, maxLength: 3 }),
  sdgTargets: fc.uniqueArray(fc.constantFrom('4.1', '4.3', '4.6'), { maxLength: 3 }),
});
const report = fc.record({
  title: text,
  sections: fc.record({ '1.1': section, '1.2': section }),
}) as fc.Arbitrary<JsonValue>;

/** Every leaf path (list items by id) of a value. */
function leafPaths(value: JsonValue | undefined, prefix: string[] = []): string[][] {
  if (Array.isArray(value)) {
    if (value.some((item) => typeof item !== 'object')) return [prefix];
    return value.flatMap((item) => leafPaths(item, [...prefix, (item as { id: string }).id]));
  }
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...prefix, key]));
  return [prefix];
}

const isPrefix = (prefix: readonly string[], path: readonly string[]) =>
  prefix.every((step, index) => path[index] === step);

describe('three-way merge per field', () => {
  it('merging a version with itself changes nothing', () => {
    fc.assert(
      fc.property(report, (x) => {
        const result = threeWayMerge(x, x, x);
        expect(result.conflicts).toEqual([]);
        expect(result.merged).toEqual(x);
      }),
    );
  });

  it('takes a change made on one side only', () => {
    fc.assert(
      fc.property(report, report, (base, changed) => {
        expect(threeWayMerge(base, changed, base)).toEqual({ merged: changed, conflicts: [] });
        expect(threeWayMerge(base, base, changed)).toEqual({ merged: changed, conflicts: [] });
      }),
    );
  });

  it('is deterministic and symmetric in which fields conflict', () => {
    fc.assert(
      fc.property(report, report, report, (base, mine, theirs) => {
        const first = threeWayMerge(base, mine, theirs);
        expect(threeWayMerge(base, mine, theirs)).toEqual(first);
        const swapped = threeWayMerge(base, theirs, mine);
        expect(swapped.conflicts.map((c) => c.path).sort()).toEqual(first.conflicts.map((c) => c.path).sort());
      }),
    );
  });

  it('never drops an edit: each changed field is in the result or in a conflict', () => {
    fc.assert(
      fc.property(report, report, report, (base, mine, theirs) => {
        const { merged, conflicts } = threeWayMerge(base, mine, theirs);
        for (const side of [mine, theirs]) {
          for (const path of leafPaths(side)) {
            const before = valueAt(base, path);
            const after = valueAt(side, path);
            if (jsonEqual(after, before)) continue;
            const result = valueAt(merged, path);
            const inConflict = conflicts.some(
              (conflict) => isPrefix(conflict.path, path) || isPrefix(path, conflict.path),
            );
            // SDG targets merge as sets: each addition and each removal of this side must survive.
            const setEditKept =
              Array.isArray(after) &&
              Array.isArray(result) &&
              Array.isArray(before) &&
              after.every((v) => before.includes(v) || result.includes(v)) &&
              before.every((v) => after.includes(v) || !result.includes(v));
            expect(inConflict || jsonEqual(result, after) || setEditKept).toBe(true);
          }
        }
      }),
    );
  });

  it('keeps edits to different fields of one section and conflicts on the same field', () => {
    const base = { narrative: 'x', challenges: 'y', updatedAt: '2026-01-01T00:00:00Z' };
    const mine = { ...base, narrative: 'mine', updatedAt: '2026-01-02T00:00:00Z' };
    const theirs = { ...base, challenges: 'theirs', updatedAt: '2026-01-03T00:00:00Z' };
    expect(threeWayMerge(base, mine, theirs)).toEqual({
      merged: { narrative: 'mine', challenges: 'theirs', updatedAt: '2026-01-03T00:00:00Z' },
      conflicts: [],
    });
    const clash = threeWayMerge(base, mine, { ...base, narrative: 'theirs' });
    expect(clash.conflicts).toEqual([{ path: ['narrative'], base: 'x', mine: 'mine', theirs: 'theirs' }]);
    expect(clash.merged).toMatchObject({ narrative: 'mine' });
  });

  it('merges measure rows added on both sides by id, and flags a row edited here and deleted there', () => {
    const row = (id: string, current: string) => ({ id, indicator: 'Adults enrolled', current });
    const base = { measures: [row('m1', '10')] };
    const added = threeWayMerge(
      base,
      { measures: [row('m1', '10'), row('m2', '5')] },
      { measures: [row('m1', '10'), row('m3', '7')] },
    );
    expect(added).toEqual({ merged: { measures: [row('m1', '10'), row('m2', '5'), row('m3', '7')] }, conflicts: [] });
    const deleted = threeWayMerge(base, { measures: [row('m1', '12')] }, { measures: [] });
    expect(deleted.conflicts.map((c) => c.path)).toEqual([['measures', 'm1']]);
    expect(deleted.merged).toEqual({ measures: [row('m1', '12')] });
  });

  it('with no common base, equal fields merge and different ones conflict', () => {
    const result = threeWayMerge(undefined, { a: '1', b: '2' }, { a: '1', b: '3' });
    expect(result.merged).toEqual({ a: '1', b: '2' });
    expect(result.conflicts.map((c) => c.path)).toEqual([['b']]);
  });
});
