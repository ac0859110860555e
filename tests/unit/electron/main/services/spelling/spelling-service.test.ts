import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRA_WORDS } from '@/electron/main/services/spelling/extra-words';
import { createHunspellCheckers, type DictionarySource } from '@/electron/main/services/spelling/hunspell-checker';
import { isCheckable, MAX_SUGGESTIONS, SpellingService } from '@/electron/main/services/spelling/spelling-service';

/** The same dictionaries the app bundles, read from where they live in the repository. */
const root = path.resolve(import.meta.dirname, '../../../../../..');
const fromDisk: DictionarySource = async (language) => {
  if (language === 'sw') {
    const folder = path.join(root, 'electron/main/services/spelling/dictionaries/sw');
    return { aff: await readFile(path.join(folder, 'sw_TZ.aff')), dic: await readFile(path.join(folder, 'sw_TZ.dic')) };
  }
  return language === 'en' ? (await import('dictionary-en-gb')).default : (await import('dictionary-fr')).default;
};
const service = new SpellingService(createHunspellCheckers(fromDisk, EXTRA_WORDS));

describe('which words are checked at all', () => {
  it('leaves numbers, acronyms, addresses and e-mails alone', () => {
    for (const word of ['2026', 'SDG4', 'UNESCO', 'GNLC', 'info@kilifi.go.ke', 'https://x', '3,5'])
      expect(isCheckable(word), word).toBe(false);
    for (const word of ['elimu', 'Kilifi', 'I', 'éducation', "l'apprentissage"])
      expect(isCheckable(word), word).toBe(true);
  });
});

describe('SpellingService with the bundled Hunspell dictionaries', () => {
  it('finds misspelt words in each report language, British spelling for English', async () => {
    expect(await service.misspelled('en', ['organisation', 'colour', 'programme', 'recieve', 'goverment'])).toEqual([
      'recieve',
      'goverment',
    ]);
    expect(await service.misspelled('sw', ['elimu', 'wanafunzi', 'halmashauri', 'elemu'])).toEqual(['elemu']);
    expect(await service.misspelled('fr', ['communauté', 'élèves', "l'éducation", 'éducaton'])).toEqual(['éducaton']);
  });

  it('does not judge one language by another: a Kiswahili word is misspelt in English', async () => {
    expect(await service.misspelled('en', ['wanafunzi'])).toEqual(['wanafunzi']);
    expect(await service.misspelled('sw', ['wanafunzi'])).toEqual([]);
  });

  it('accepts every county name in every language', async () => {
    for (const language of ['en', 'sw', 'fr'] as const)
      expect(
        await service.misspelled(language, ['Kilifi', 'Garissa', 'Laikipia', 'Nairobi', 'Uasin', 'Gishu']),
      ).toEqual([]);
  });

  it('suggests from the dictionary of the language that found the word misspelt', async () => {
    await service.misspelled('sw', ['elemu']);
    await service.misspelled('fr', ['developement']);
    await service.misspelled('en', ['goverment']);
    expect((await service.suggestionsFor('elemu'))[0]).toBe('elimu');
    expect(await service.suggestionsFor('developement')).toContain('développement');
    expect(await service.suggestionsFor('goverment')).toContain('government');
    expect((await service.suggestionsFor('developement')).length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
  });

  it('suggests nothing for a word no check reported', async () => {
    expect(await service.suggestionsFor('neverChecked')).toEqual([]);
  });
});
