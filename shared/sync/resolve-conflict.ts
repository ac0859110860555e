import { isJsonObject, listKeyOf, type JsonValue } from './json-value';
import type { FieldConflict } from './three-way-merge';

/** What the officer chose for one conflicting field. */
export type Resolution =
  { readonly keep: 'mine' } | { readonly keep: 'theirs' } | { readonly keep: 'edited'; readonly value: JsonValue };

export function resolvedValue(
  conflict: { readonly mine?: JsonValue; readonly theirs?: JsonValue },
  resolution: Resolution,
): JsonValue | undefined {
  switch (resolution.keep) {
    case 'mine':
      return conflict.mine;
    case 'theirs':
      return conflict.theirs;
    case 'edited':
      return resolution.value;
  }
}

/**
 * Returns a copy of `root` with the value at `path` replaced (undefined removes it). List items
 * are addressed by their id, as in FieldConflict paths. Pure: the input is not changed.
 */
export function withValueAt(
  root: JsonValue | undefined,
  path: readonly string[],
  value: JsonValue | undefined,
): JsonValue | undefined {
  const [step, ...rest] = path;
  if (step === undefined) return value;
  if (Array.isArray(root)) {
    const index = root.findIndex((item) => listKeyOf(item) === step);
    const current = index >= 0 ? root[index] : undefined;
    const next = withValueAt(current, rest, value);
    if (index < 0) return next === undefined ? root : [...root, next];
    return next === undefined ? root.filter((_, i) => i !== index) : root.map((item, i) => (i === index ? next : item));
  }
  const object = isJsonObject(root) ? root : {};
  const next = withValueAt(Object.hasOwn(object, step) ? object[step] : undefined, rest, value);
  const copy = Object.fromEntries(Object.entries(object).filter(([key]) => key !== step));
  if (next !== undefined) copy[step] = next;
  return copy;
}

/** Stable key of a conflict, so the UI and the service agree on which one was resolved. */
export function conflictKey(conflict: Pick<FieldConflict, 'path' | 'variant'>): string {
  const key = conflict.path.join('/');
  return conflict.variant === undefined ? key : `${key}#${conflict.variant}`;
}
