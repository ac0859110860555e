/** JSON values as they travel between devices: what the merge works on. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Structural equality; key order does not matter (two devices may serialise fields in any order). */
export function jsonEqual(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => jsonEqual(item, b[index]));
  }
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((key) => Object.hasOwn(b, key) && jsonEqual(a[key], b[key]));
  }
  return false;
}

/** Reads the value at a path; undefined when any step is missing. */
export function valueAt(root: JsonValue | undefined, path: readonly string[]): JsonValue | undefined {
  let node = root;
  for (const step of path) {
    if (isJsonObject(node)) node = Object.hasOwn(node, step) ? node[step] : undefined;
    else if (Array.isArray(node)) node = node.find((item) => listKeyOf(item) === step);
    else return undefined;
  }
  return node;
}

/** Items of lists that merge by id (measure rows, evidence, archived sections) carry one of these keys. */
const LIST_KEYS = ['id', 'attachmentId', 'featureId'] as const;

export function listKeyOf(item: JsonValue): string | undefined {
  if (!isJsonObject(item)) return undefined;
  for (const key of LIST_KEYS) {
    const value = item[key];
    if (typeof value === 'string') return value;
  }
  return undefined;
}

/** A list merges by id when every item has a string id (an empty list qualifies). */
export function isKeyedList(value: JsonValue | undefined): value is JsonObject[] {
  if (!Array.isArray(value)) return false;
  const keys = value.map(listKeyOf);
  return keys.every((key) => key !== undefined) && new Set(keys).size === keys.length;
}
