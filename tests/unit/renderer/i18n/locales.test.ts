import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/shared/language';
import { resources } from '@/renderer/src/i18n/i18n';
import {
  flattenLocale,
  localeGaps,
  placeholdersOf,
  pluralForms,
  reviewStatusSchema,
} from '@/renderer/src/i18n/locale-keys';
import en from '@/renderer/src/i18n/locales/en.json' with { type: 'json' };
import fr from '@/renderer/src/i18n/locales/fr.json' with { type: 'json' };
import reviewStatus from '@/renderer/src/i18n/locales/review-status.json' with { type: 'json' };
import sw from '@/renderer/src/i18n/locales/sw.json' with { type: 'json' };

const review = reviewStatusSchema.parse(reviewStatus);
const gaps = localeGaps(en, { sw, fr }, review);
const described = (problems: string[]) =>
  gaps.filter((gap) => problems.includes(gap.problem)).map((gap) => `${gap.language} ${gap.key}: ${gap.problem}`);

describe('the interface in English, Kiswahili and French', () => {
  it('bundles every language the settings offer', () => {
    expect(Object.keys(resources).sort()).toEqual([...LANGUAGES].sort());
  });

  it('has every English key in Kiswahili and in French, and no key English lacks', () => {
    expect(flattenLocale(en).size).toBeGreaterThan(20);
    expect(described(['missing', 'plural-form-missing', 'extra', 'empty'])).toEqual([]);
  });

  it('keeps every {{placeholder}}, $t() reference and <1> tag of the English text', () => {
    expect(described(['placeholders'])).toEqual([]);
  });

  it('lists a review marker only for keys that exist', () => {
    expect(described(['stale-review-entry'])).toEqual([]);
  });
});

describe('the locale checks themselves', () => {
  it('notice a missing key, a lost placeholder, an extra key and a missing French plural form', () => {
    const english = {
      a: { b: 'Saved at {{time}}' },
      words_one: '{{count}} word',
      words_other: '{{count}} words',
      c: 'C',
    };
    const kiswahili = {
      a: { b: 'Imehifadhiwa' },
      words_one: 'neno {{count}}',
      words_other: 'maneno {{count}}',
      d: 'D',
    };
    const french = {
      a: { b: 'Enregistré à {{time}}' },
      words_one: '{{count}} mot',
      words_other: '{{count}} mots',
      c: 'C',
    };
    const found = localeGaps(
      english,
      { sw: kiswahili, fr: french },
      { sw: { c: 'machine-draft' }, fr: { c: 'machine-draft' } },
    );
    expect(found.map((gap) => `${gap.language} ${gap.key} ${gap.problem}`).sort()).toEqual(
      [
        'fr c machine-draft',
        'fr words_many plural-form-missing',
        'sw a.b placeholders',
        'sw c missing',
        'sw c stale-review-entry',
        'sw d extra',
      ].sort(),
    );
  });

  it('read placeholders and plural forms the way i18next and Intl do', () => {
    expect(placeholdersOf('Hi {{ name }}, see $t(app.name) <1>here</1>')).toEqual([
      '$t(app.name)',
      '</1>',
      '<1>',
      '{{name}}',
    ]);
    expect(pluralForms('fr')).toEqual(['one', 'many', 'other']);
    expect(pluralForms('sw')).toEqual(['one', 'other']);
  });
});
