/** One run of words in a side-by-side view: unchanged, only on this side, or only on the other. */
export interface DiffPart {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
}

/** Above this many words per side the table would be too large; show whole texts as changed. */
const MAX_WORDS = 3000;

/**
 * Word-level difference between two texts (longest common subsequence), so the conflict view
 * can mark what changed rather than make the officer compare two long paragraphs by eye.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  if (a.length > MAX_WORDS || b.length > MAX_WORDS)
    return compact([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]);
  // Flat table of common-subsequence lengths from (i, j) to the end of both texts.
  const width = b.length + 1;
  const lengths = new Int32Array((a.length + 1) * width);
  const at = (i: number, j: number) => lengths[i * width + j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const left = a[i];
    const right = b[j];
    if (left !== undefined && left === right) {
      parts.push({ kind: 'same', text: left });
      i++;
      j++;
    } else if (left !== undefined && (right === undefined || at(i + 1, j) >= at(i, j + 1))) {
      parts.push({ kind: 'removed', text: left });
      i++;
    } else {
      parts.push({ kind: 'added', text: right ?? '' });
      j++;
    }
  }
  return compact(parts);
}

/** Words with their following whitespace, so joining the parts gives the text back exactly. */
function tokens(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

function compact(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    if (part.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.kind === part.kind) out[out.length - 1] = { kind: part.kind, text: last.text + part.text };
    else out.push(part);
  }
  return out;
}
