import { describe, expect, it } from 'vitest';
import { allAreas, allKeyFeatures, bundledFramework } from '@/shared/framework/load';
import {
  LANGUAGES,
  TRANSLATED_LANGUAGES,
  localeOf,
  localize,
  localizedTextSchema,
  translationStatus,
} from '@/shared/language';

describe('localized text', () => {
  it('falls back to English when a language is missing', () => {
    const text = localizedTextSchema.parse({ en: 'Review', fr: 'Relecture', review: { fr: 'machine-draft' } });
    expect(localize(text, 'sw')).toBe('Review');
    expect(localize(text, 'fr')).toBe('Relecture');
  });

  it('tells a machine draft from a reviewed or missing translation', () => {
    const text = localizedTextSchema.parse({
      en: 'Review',
      sw: 'Mapitio',
      fr: 'Relecture',
      review: { sw: 'machine-draft' },
    });
    expect(translationStatus(text, 'en')).toBe('source');
    expect(translationStatus(text, 'sw')).toBe('machine-draft');
    expect(translationStatus(text, 'fr')).toBe('reviewed');
    expect(translationStatus({ en: 'Only English' }, 'fr')).toBe('missing');
  });

  it('stays strict: unknown keys, unknown review states and markers without a text are rejected', () => {
    expect(localizedTextSchema.safeParse({ en: 'x', de: 'y' }).success).toBe(false);
    expect(localizedTextSchema.safeParse({ en: 'x', sw: 'y', review: { sw: 'maybe' } }).success).toBe(false);
    expect(localizedTextSchema.safeParse({ en: 'x', review: { fr: 'machine-draft' } }).success).toBe(false);
    expect(localizedTextSchema.safeParse({ en: 'x', sw: 'y', review: { en: 'machine-draft' } }).success).toBe(false);
  });

  it('gives every language a locale that Intl knows', () => {
    for (const language of LANGUAGES) {
      expect(Intl.DateTimeFormat.supportedLocalesOf([localeOf(language)])).toEqual([localeOf(language)]);
    }
  });
});

describe('the bundled framework in three languages', () => {
  const framework = bundledFramework();
  const titles = [
    framework.title,
    ...framework.tiers.map((tier) => tier.title),
    ...allAreas(framework).map((area) => area.title),
    ...allKeyFeatures(framework).map((feature) => feature.title),
  ];

  it('has a Kiswahili and a French title for the framework, every tier, area and Key Feature', () => {
    expect(titles).toHaveLength(1 + 3 + 12 + 43);
    for (const title of titles) {
      for (const language of TRANSLATED_LANGUAGES)
        expect(translationStatus(title, language), title.en).not.toBe('missing');
    }
  });

  it('never ships an English title copied unchanged as a translation', () => {
    const copied = titles.filter((title) => TRANSLATED_LANGUAGES.some((language) => title[language] === title.en));
    expect(copied.map((title) => title.en)).toEqual([]);
  });
});
