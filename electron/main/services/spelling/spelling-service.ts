import type { Language } from '@/shared/language';
import type { CheckerFor, LanguageChecker } from './hunspell-checker';

/** How many misspelt words the service remembers for the context menu (a few screens' worth). */
const REMEMBERED_WORDS = 2_000;
/** What the right-click menu offers at most. */
export const MAX_SUGGESTIONS = 5;

/**
 * Words a dictionary cannot judge and that are never underlined: anything with a digit
 * (2026, SDG4, 3,5), acronyms in capitals (UNESCO, GNLC, TVET), addresses and e-mails.
 */
export function isCheckable(word: string): boolean {
  if (/\d/.test(word) || /[@/\\:]/.test(word)) return false;
  if (word.length > 1 && word === word.toLocaleUpperCase() && word !== word.toLocaleLowerCase()) return false;
  return /\p{L}/u.test(word);
}

/**
 * Checks words in the report's language and answers the context menu's "what should this be?".
 * Chromium asks with words only and later right-clicks on one of them: the service remembers in
 * which language each misspelt word was found, so the suggestions come from that dictionary.
 */
export class SpellingService {
  private readonly foundIn = new Map<string, Language>();

  constructor(private readonly checkerFor: CheckerFor) {}

  /** The words of `words` that are misspelt in `language`. */
  async misspelled(language: Language, words: readonly string[]): Promise<string[]> {
    const checker = await this.checkerFor(language);
    const wrong = await checker.misspelled(words.filter(isCheckable));
    for (const word of wrong) this.remember(word, language);
    return wrong;
  }

  /** Suggestions for a word the officer right-clicked, in the language that found it misspelt. */
  async suggestionsFor(word: string): Promise<string[]> {
    const language = this.foundIn.get(word);
    if (!language) return [];
    const checker = await this.checkerFor(language);
    return (await checker.suggest(word)).slice(0, MAX_SUGGESTIONS);
  }

  private remember(word: string, language: Language): void {
    this.foundIn.delete(word);
    this.foundIn.set(word, language);
    if (this.foundIn.size > REMEMBERED_WORDS) {
      const oldest = this.foundIn.keys().next().value;
      if (oldest !== undefined) this.foundIn.delete(oldest);
    }
  }
}

/** For the CLI and tests that need no spelling: every word is accepted. */
export const withoutDictionaries: CheckerFor = () =>
  Promise.resolve<LanguageChecker>({ misspelled: () => Promise.resolve([]), suggest: () => Promise.resolve([]) });
