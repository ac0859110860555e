import { isJsonObject, jsonEqual, valueAt, type JsonObject } from './json-value';
import { threeWayMerge, type FieldConflict } from './three-way-merge';

/** One leaf revision of a server document, with the content of the newest ancestor it shares with this computer's line. */
export interface Branch {
  readonly rev: string;
  readonly body: JsonObject;
  /** undefined when no common ancestor is known (first sync, compacted server): then the two values are compared. */
  readonly base: JsonObject | undefined;
}

export interface BranchMerge {
  readonly merged: JsonObject | undefined;
  readonly conflicts: readonly FieldConflict[];
}

/**
 * Merges every new leaf of one document into this computer's copy, one three-way merge per
 * leaf, each against the ancestor that leaf actually forked from. A field changed on one
 * branch only is taken; the same field changed differently on two branches is a conflict and
 * this computer's value stays until the officer chooses. Conflicts on a field already in
 * conflict with another branch get their own variant, so no branch's value is ever hidden.
 */
export function mergeBranches(local: JsonObject | undefined, branches: readonly Branch[]): BranchMerge {
  let merged = local;
  const conflicts: FieldConflict[] = [];
  for (const branch of branches) {
    const step = threeWayMerge(branch.base, merged, branch.body);
    merged = isJsonObject(step.merged) ? step.merged : merged;
    for (const conflict of step.conflicts) {
      const samePath = conflicts.filter((seen) => seen.path.join('\u0000') === conflict.path.join('\u0000'));
      if (samePath.some((seen) => jsonEqual(seen.theirs, conflict.theirs))) continue;
      conflicts.push(samePath.length === 0 ? conflict : { ...conflict, variant: samePath.length + 1 });
    }
  }
  return { merged, conflicts };
}

/** Whether a conflict's "mine" is the value in this computer's draft, rather than a value another server branch brought in earlier in the same merge. */
export function mineIsLocal(local: JsonObject | undefined, conflict: FieldConflict): boolean {
  return jsonEqual(valueAt(local, conflict.path), conflict.mine);
}
