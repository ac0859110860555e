import type { Framework } from '@/shared/framework/schema';
import { LANGUAGES, type Language, type LocalizedText } from '@/shared/language';
import { contentWords, normalizeForMatch, trigrams } from './normalize';

export type FrameworkLevel = 'tier' | 'area' | 'feature';

/** One title of the framework in one language, prepared for exact and fuzzy comparison. */
export interface IndexedTitle {
  readonly level: FrameworkLevel;
  readonly id: string;
  readonly language: Language;
  readonly normalized: string;
  readonly words: ReadonlySet<string>;
  readonly grams: ReadonlySet<string>;
}

/** Every tier, area and Key Feature title in every language, and the ids (current and former) they go by. */
export interface FrameworkIndex {
  readonly titles: readonly IndexedTitle[];
  readonly exact: ReadonlyMap<string, IndexedTitle>;
  readonly levelOfId: ReadonlyMap<string, FrameworkLevel>;
  /** Former ids (renames in a newer framework) → today's Key Feature id. */
  readonly currentIdOf: ReadonlyMap<string, string>;
  /** Key Feature ids in the framework's order, for "the one after the last one found". */
  readonly featureOrder: readonly string[];
}

export function indexFramework(framework: Framework): FrameworkIndex {
  const titles: IndexedTitle[] = [];
  const levelOfId = new Map<string, FrameworkLevel>();
  const currentIdOf = new Map<string, string>();
  const featureOrder: string[] = [];
  const add = (level: FrameworkLevel, id: string, title: LocalizedText) => {
    levelOfId.set(id, level);
    for (const language of LANGUAGES) {
      const text = title[language];
      if (text)
        titles.push({
          level,
          id,
          language,
          normalized: normalizeForMatch(text),
          words: new Set(contentWords(text)),
          grams: trigrams(text),
        });
    }
  };
  for (const tier of framework.tiers) {
    add('tier', tier.id, tier.title);
    for (const area of tier.areas) {
      add('area', area.id, area.title);
      for (const feature of area.features) {
        add('feature', feature.id, feature.title);
        featureOrder.push(feature.id);
        for (const former of feature.formerIds ?? []) currentIdOf.set(former, feature.id);
      }
    }
  }
  const exact = new Map<string, IndexedTitle>();
  // English first: a title identical in two languages is reported as English.
  for (const title of titles) if (!exact.has(title.normalized)) exact.set(title.normalized, title);
  return { titles, exact, levelOfId, currentIdOf, featureOrder };
}
