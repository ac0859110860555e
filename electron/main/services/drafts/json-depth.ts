/**
 * The deepest nesting of arrays and objects in a JSON text, found in one pass without recursion
 * (strings are skipped, with their escapes), and stopping as soon as `limit` is passed. Run
 * before JSON.parse so that no parser, validator or serialiser after it can exhaust the stack on
 * a 200,000-deep file: the text is refused before anything recursive sees it.
 */
export function exceedsJsonDepth(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c)
        index++; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
      continue;
    }
    if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      depth++;
      if (depth > limit) return true;
    } else if (char === 0x7d || char === 0x5d) depth--;
  }
  return false;
}
