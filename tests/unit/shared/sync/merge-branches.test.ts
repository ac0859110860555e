import { describe, expect, it } from 'vitest';
import type { JsonObject } from '@/shared/sync/json-value';
import { mergeBranches, mineIsLocal } from '@/shared/sync/merge-branches';

const section = (fields: Partial<Record<'narrative' | 'challenges' | 'nextSteps', string>>): JsonObject => ({
  section: { narrative: '', challenges: '', nextSteps: '', ...fields },
});

describe('merging the leaves of one document', () => {
  it('merges a branch against the revision it forked from, so an edit on our line is not undone by an older branch', () => {
    const forkPoint = section({});
    const ours = section({ narrative: 'ours' });
    const theirs = section({ nextSteps: 'theirs' });
    // Against the fork point both edits are kept; against our own revision the old narrative would look like their change.
    expect(mergeBranches(ours, [{ rev: '2-b', body: theirs, base: forkPoint }])).toEqual({
      merged: section({ narrative: 'ours', nextSteps: 'theirs' }),
      conflicts: [],
    });
    expect(mergeBranches(ours, [{ rev: '2-b', body: theirs, base: ours }]).merged).toEqual(
      section({ nextSteps: 'theirs' }),
    );
  });

  it('compares the two values when no common ancestor is known: equal is no conflict, different is shown', () => {
    const result = mergeBranches(section({ narrative: 'same', challenges: 'mine' }), [
      { rev: '1-x', body: section({ narrative: 'same', challenges: 'theirs' }), base: undefined },
    ]);
    expect(result.conflicts).toEqual([
      { path: ['section', 'challenges'], base: undefined, mine: 'mine', theirs: 'theirs' },
    ]);
    expect(result.merged).toEqual(section({ narrative: 'same', challenges: 'mine' }));
  });

  it('shows each branch’s value when three copies differ on one field, and says which side is this computer’s', () => {
    const base = section({});
    const local = section({ narrative: 'here' });
    const result = mergeBranches(local, [
      { rev: '2-a', body: section({ narrative: 'there' }), base },
      { rev: '2-b', body: section({ narrative: 'elsewhere' }), base },
      { rev: '2-c', body: section({ narrative: 'there' }), base },
    ]);
    expect(result.conflicts.map(({ theirs, variant }) => ({ theirs, variant }))).toEqual([
      { theirs: 'there', variant: undefined },
      { theirs: 'elsewhere', variant: 2 },
    ]);
    expect(result.conflicts.every((conflict) => mineIsLocal(local, conflict))).toBe(true);
    // A field this computer did not touch, changed differently on two server branches: "mine" came from a branch.
    const twoBranches = mergeBranches(section({}), [
      { rev: '2-a', body: section({ challenges: 'first' }), base },
      { rev: '2-b', body: section({ challenges: 'second' }), base },
    ]);
    const [between] = twoBranches.conflicts;
    expect(twoBranches.conflicts).toHaveLength(1);
    expect(between && mineIsLocal(section({}), between)).toBe(false);
  });
});
