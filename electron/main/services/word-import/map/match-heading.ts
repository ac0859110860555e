import type { Language } from '@/shared/language';
import type { FrameworkIndex, FrameworkLevel } from './framework-index';
import { contentWords, dice, normalizeForMatch, trigrams } from './normalize';

/** How a heading was recognised, strongest first: what the mapping screen tells the officer. */
export type MatchReason = 'number' | 'number-and-title' | 'title-exact' | 'title-fuzzy';

export interface HeadingMatch {
  readonly level: FrameworkLevel;
  readonly id: string;
  readonly reason: MatchReason;
  /** 0–1; 1 for a number that agrees with the title, lower for a fuzzy title. */
  readonly confidence: number;
  readonly language: Language | null;
}

/** Below this a fuzzy title is not proposed at all (measured on sw/fr titles, truncations and typos: see the tests). */
export const FUZZY_THRESHOLD = 0.55;

/**
 * "2.1.3", "2.1.3.", "Key Feature 2.1.3:", "Sifa Kuu 2.1.3 –" at the start of a heading: an
 * optional word that names a framework level, the number, then punctuation. What follows is
 * the title. Any other words before a number ("Phase 2 of the plan") make it no number.
 */
const NUMBERED = /^(.{0,30}?)\s*(\d{1,2}(?:\.\d{1,2}){0,3})\.?(?=[\s\-–—:.)]|$)[\s\-–—:.)]*(.*)$/su;
const NUMBER_PREFIXES = new Set([
  '',
  'key feature',
  'kf',
  'feature',
  'area',
  'tier',
  'section',
  'sifa kuu',
  'sifa',
  'eneo',
  'ngazi',
  'caracteristique cle',
  'caracteristique',
  'domaine',
  'niveau',
]);

export function splitNumber(text: string): { number: string | null; title: string } {
  const trimmed = text.trim();
  const match = NUMBERED.exec(trimmed);
  if (!match?.[2] || !NUMBER_PREFIXES.has(normalizeForMatch(match[1] ?? ''))) return { number: null, title: trimmed };
  return { number: match[2], title: (match[3] ?? '').trim() };
}

/**
 * Which tier, area or Key Feature a heading names: by its number when the framework has it
 * (a former id counts), by its title in English, Kiswahili or French (exact, then fuzzy), and
 * when both are there and disagree, an exact title wins over a number typed by hand.
 * `expected` is the Key Feature after the last one found: it breaks near-ties.
 */
export function matchHeading(text: string, index: FrameworkIndex, expected?: string): HeadingMatch | null {
  const { number, title } = splitNumber(text);
  const byTitle = title ? matchTitle(title, index, expected) : null;
  const id = number ? (index.currentIdOf.get(number) ?? number) : null;
  const level = id ? index.levelOfId.get(id) : undefined;
  // A tier's bare "1" or "2" only counts with its own title: "2 Introduction" is not tier 2.
  if (id && level && (level !== 'tier' || byTitle?.id === id || !title)) {
    const agrees = byTitle?.id === id;
    if (!byTitle || agrees || byTitle.reason === 'title-fuzzy') {
      return {
        level,
        id,
        reason: agrees ? 'number-and-title' : 'number',
        confidence: agrees ? 1 : 0.9,
        language: agrees ? byTitle.language : null,
      };
    }
    // An exact title of another feature beats a mistyped number.
    return { ...byTitle, confidence: 0.7 };
  }
  // A bare "2024" or "3" before a title that is no framework title is just a number in the text.
  return byTitle;
}

function matchTitle(title: string, index: FrameworkIndex, expected?: string): HeadingMatch | null {
  const exact = index.exact.get(normalizeForMatch(title));
  if (exact)
    return { level: exact.level, id: exact.id, reason: 'title-exact', confidence: 1, language: exact.language };
  const words = new Set(contentWords(title));
  const grams = trigrams(title);
  if (words.size === 0) return null;
  const scores = new Map<string, { score: number; level: FrameworkLevel; language: Language }>();
  for (const candidate of index.titles) {
    const score = 0.5 * dice(words, candidate.words) + 0.5 * dice(grams, candidate.grams);
    const key = `${candidate.level}:${candidate.id}`;
    if ((scores.get(key)?.score ?? -1) < score)
      scores.set(key, { score, level: candidate.level, language: candidate.language });
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1].score - a[1].score);
  const [best, second] = ranked;
  if (!best || best[1].score < FUZZY_THRESHOLD) return null;
  let chosen = best;
  // Two titles almost as close: the one that follows the last Key Feature found is the likelier.
  if (second && expected && best[1].score - second[1].score < 0.05 && second[0] === `feature:${expected}`)
    chosen = second;
  const [key, { score, level, language }] = chosen;
  return {
    level,
    id: key.slice(key.indexOf(':') + 1),
    reason: 'title-fuzzy',
    confidence: Math.min(0.89, score),
    language,
  };
}
