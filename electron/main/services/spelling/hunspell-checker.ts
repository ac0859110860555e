import { loadModule, type Hunspell, type HunspellFactory } from 'hunspell-asm';
import type { Language } from '@/shared/language';

/** A Hunspell dictionary as its two files hold it, bytes in the encoding its `SET` line names. */
export interface DictionaryFiles {
  readonly aff: Uint8Array;
  readonly dic: Uint8Array;
}

/** Where the dictionaries come from: bundled with the app, or read from disk by tests and tools. */
export type DictionarySource = (language: Language) => Promise<DictionaryFiles>;

/** One language's checker; asynchronous because the app runs it on a worker thread (spelling-worker.ts). */
export interface LanguageChecker {
  misspelled(words: readonly string[]): Promise<string[]>;
  suggest(word: string): Promise<string[]>;
}

export type CheckerFor = (language: Language) => Promise<LanguageChecker>;

/**
 * Real Hunspell (compiled to WebAssembly, so the same engine on Windows, macOS and Linux and no
 * native module) with one dictionary per report language, each loaded once, when first needed.
 * `extraWords` are accepted in every language (county names, say).
 */
export function createHunspellCheckers(source: DictionarySource, extraWords: readonly string[] = []): CheckerFor {
  // The WebAssembly module is compiled on the first check, not at start-up.
  let factory: Promise<HunspellFactory> | null = null;
  const loading = new Map<Language, Promise<LanguageChecker>>();
  const load = async (language: Language): Promise<LanguageChecker> => {
    const [hunspellFactory, files] = await Promise.all([(factory ??= loadModule()), source(language)]);
    const aff = hunspellFactory.mountBuffer(files.aff, `${language}.aff`);
    const dic = hunspellFactory.mountBuffer(files.dic, `${language}.dic`);
    const hunspell: Hunspell = hunspellFactory.create(aff, dic);
    // The engine keeps its own copy: the virtual files are no longer needed.
    hunspellFactory.unmount(aff);
    hunspellFactory.unmount(dic);
    for (const word of extraWords) hunspell.addWord(word);
    return {
      misspelled: (words) => Promise.resolve(words.filter((word) => !hunspell.spell(word))),
      suggest: (word) => Promise.resolve(hunspell.suggest(word)),
    };
  };
  return (language) => {
    let checker = loading.get(language);
    if (!checker) {
      checker = load(language);
      // A failed load (a damaged file) is tried again next time rather than remembered.
      checker.catch(() => loading.delete(language));
      loading.set(language, checker);
    }
    return checker;
  };
}
