import { isJsonObject, isKeyedList, jsonEqual, listKeyOf, type JsonObject, type JsonValue } from './json-value';

/**
 * One field that both sides changed differently since the last sync. The path names the
 * field (list items by their id), so the Sync screen can show it section by section.
 */
export interface FieldConflict {
  readonly path: readonly string[];
  readonly base: JsonValue | undefined;
  readonly mine: JsonValue | undefined;
  readonly theirs: JsonValue | undefined;
  /** Second, third… conflict on the same field (three branches differ there): each is shown. */
  readonly variant?: number;
}

export interface MergeResult {
  /** Every one-sided change applied; at a conflict the officer's own value stays until resolved. */
  readonly merged: JsonValue | undefined;
  readonly conflicts: readonly FieldConflict[];
}

/** Fields that change on every save on both devices: taking the later one is never a loss. */
const LATEST_WINS = new Set(['updatedAt']);

/**
 * Three-way merge per field against the last synced version. A field changed on one side is
 * taken; the same field changed on both sides differently is a conflict; lists of items with
 * ids merge item by item; lists of plain values (SDG targets) merge as sets. Deterministic and
 * pure: the same three inputs always give the same result.
 */
export function threeWayMerge(
  base: JsonValue | undefined,
  mine: JsonValue | undefined,
  theirs: JsonValue | undefined,
): MergeResult {
  const conflicts: FieldConflict[] = [];
  const merged = mergeAt([], base, mine, theirs, conflicts);
  return { merged, conflicts };
}

function mergeAt(
  path: string[],
  base: JsonValue | undefined,
  mine: JsonValue | undefined,
  theirs: JsonValue | undefined,
  out: FieldConflict[],
): JsonValue | undefined {
  if (jsonEqual(mine, theirs)) return mine;
  if (jsonEqual(base, mine)) return theirs;
  if (jsonEqual(base, theirs)) return mine;
  const field = path[path.length - 1];
  if (field !== undefined && LATEST_WINS.has(field) && typeof mine === 'string' && typeof theirs === 'string')
    return mine > theirs ? mine : theirs;
  if (isJsonObject(mine) && isJsonObject(theirs) && (base === undefined || isJsonObject(base)))
    return mergeObjects(path, base, mine, theirs, out);
  if (
    isKeyedList(mine) &&
    isKeyedList(theirs) &&
    (base === undefined || isKeyedList(base)) &&
    (mine.length > 0 || theirs.length > 0)
  ) {
    if (mine.every(isJsonObject) && theirs.every(isJsonObject)) return mergeKeyedLists(path, base, mine, theirs, out);
  }
  if (isPrimitiveList(mine) && isPrimitiveList(theirs) && (base === undefined || isPrimitiveList(base)))
    return mergeSets(base ?? [], mine, theirs);
  out.push({ path, base, mine, theirs });
  return mine;
}

function mergeObjects(
  path: string[],
  base: JsonObject | undefined,
  mine: JsonObject,
  theirs: JsonObject,
  out: FieldConflict[],
): JsonObject {
  const result: JsonObject = {};
  for (const key of unionKeys(Object.keys(mine), Object.keys(theirs), Object.keys(base ?? {}))) {
    const value = mergeAt([...path, key], own(base, key), own(mine, key), own(theirs, key), out);
    if (value !== undefined) result[key] = value;
  }
  return result;
}

function mergeKeyedLists(
  path: string[],
  base: JsonValue | undefined,
  mine: JsonObject[],
  theirs: JsonObject[],
  out: FieldConflict[],
): JsonObject[] {
  const byKey = (list: JsonValue[]) => new Map(list.map((item) => [listKeyOf(item) ?? '', item] as const));
  const baseItems = byKey(Array.isArray(base) ? base : []);
  const mineItems = byKey(mine);
  const theirItems = byKey(theirs);
  // Keep the officer's order; colleagues' new rows follow in their order.
  const order = unionKeys([...mineItems.keys()], [...theirItems.keys()], [...baseItems.keys()]);
  const result: JsonObject[] = [];
  for (const key of order) {
    const value = mergeAt([...path, key], baseItems.get(key), mineItems.get(key), theirItems.get(key), out);
    if (isJsonObject(value)) result.push(value);
    else if (value !== undefined)
      out.push({
        path: [...path, key],
        base: baseItems.get(key),
        mine: mineItems.get(key),
        theirs: theirItems.get(key),
      });
  }
  return result;
}

type Primitive = string | number | boolean | null;

function isPrimitiveList(value: JsonValue | undefined): value is Primitive[] {
  return Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object');
}

/** Set merge: an item added on either side is kept, removed on either side (and kept unchanged on the other) is dropped. */
function mergeSets(base: Primitive[], mine: Primitive[], theirs: Primitive[]): Primitive[] {
  const inBase = new Set(base);
  const inMine = new Set(mine);
  const inTheirs = new Set(theirs);
  const keep = (item: Primitive) => (inBase.has(item) ? inMine.has(item) && inTheirs.has(item) : true);
  return [...new Set([...mine, ...theirs])].filter(keep);
}

function unionKeys(...lists: string[][]): string[] {
  return [...new Set(lists.flat())];
}

function own(object: JsonObject | undefined, key: string): JsonValue | undefined {
  return object !== undefined && Object.hasOwn(object, key) ? object[key] : undefined;
}
