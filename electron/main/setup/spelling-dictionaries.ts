/// <reference types="electron-vite/node" />
import { readFile } from 'node:fs/promises';
import { EXTRA_WORDS } from '../services/spelling/extra-words';
import type { CheckerFor, DictionaryFiles, DictionarySource } from '../services/spelling/hunspell-checker';
import spellingWorkerPath from '../services/spelling/worker/spelling-worker?modulePath';
import { workerCheckers } from '../services/spelling/worker/worker-checkers';
// electron-vite copies these next to the main bundle (inside app.asar) and gives their paths.
import swahiliAffix from '../services/spelling/dictionaries/sw/sw_TZ.aff?asset';
import swahiliWords from '../services/spelling/dictionaries/sw/sw_TZ.dic?asset';

/**
 * The dictionaries packed with the app: offline on every OS, nothing downloaded. British English
 * (Kenya's spelling) and French from npm, Kiswahili from Debian's hunspell-sw (see its README).
 */
export const bundledDictionaries: DictionarySource = async (language): Promise<DictionaryFiles> => {
  switch (language) {
    case 'en':
      return (await import('dictionary-en-gb')).default;
    case 'fr':
      return (await import('dictionary-fr')).default;
    case 'sw':
      return { aff: await readFile(swahiliAffix), dic: await readFile(swahiliWords) };
  }
};

/** The app's spell checkers: Hunspell on its own thread, with the bundled dictionaries. */
export function appSpellCheckers(): CheckerFor {
  return workerCheckers({ script: spellingWorkerPath, source: bundledDictionaries, extraWords: EXTRA_WORDS });
}
