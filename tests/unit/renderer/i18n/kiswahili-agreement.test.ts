import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { flattenLocale, isPluralKey, pluralBase, type LocaleTree } from '@/renderer/src/i18n/locale-keys';

const locales = path.resolve(import.meta.dirname, '../../../../renderer/src/i18n/locales');
const sw = JSON.parse(readFileSync(path.join(locales, 'sw.json'), 'utf8')) as LocaleTree;
const i18n = createInstance();
await i18n.init({
  resources: { sw: { translation: sw } },
  lng: 'sw',
  fallbackLng: false,
  interpolation: { escapeValue: false },
});
const t = i18n.getFixedT('sw');

/**
 * Kiswahili concords: a noun's class decides the prefix of the verb (subject), of "of"
 * (genitive) and of "that" (demonstrative) that agree with it, in the singular and the plural.
 */
interface Concord {
  readonly subject: string;
  readonly genitive: string;
  readonly that: string;
}
const CLASSES: Record<string, { readonly one: Concord; readonly other: Concord }> = {
  'ji-ma': {
    one: { subject: 'li', genitive: 'la', that: 'hilo' },
    other: { subject: 'ya', genitive: 'ya', that: 'hayo' },
  },
  'm-mi': { one: { subject: 'u', genitive: 'wa', that: 'huo' }, other: { subject: 'i', genitive: 'ya', that: 'hiyo' } },
  'ki-vi': {
    one: { subject: 'ki', genitive: 'cha', that: 'hicho' },
    other: { subject: 'vi', genitive: 'vya', that: 'hivyo' },
  },
  n: { one: { subject: 'i', genitive: 'ya', that: 'hiyo' }, other: { subject: 'zi', genitive: 'za', that: 'hizo' } },
  // ukurasa / kurasa: u- in the singular, the n- class's concords in the plural.
  'u-n': { one: { subject: 'u', genitive: 'wa', that: 'huo' }, other: { subject: 'zi', genitive: 'za', that: 'hizo' } },
};

interface AgreementCase {
  readonly key: string;
  readonly nouns: readonly [singular: string, plural: string];
  readonly nounClass: keyof typeof CLASSES;
  /** The words that must agree with the noun, built from its concord. */
  readonly agreeing: (concord: Concord) => readonly string[];
  readonly params?: Record<string, string>;
}

/** Every templated Kiswahili string with a count: its noun, its class, and what must agree. */
const COUNTED: readonly AgreementCase[] = [
  { key: 'reportForm.counter.words', nouns: ['neno', 'maneno'], nounClass: 'ji-ma', agreeing: () => [] },
  {
    key: 'reportForm.counter.over',
    nouns: ['neno', 'maneno'],
    nounClass: 'ji-ma',
    agreeing: (c) => [`${c.genitive} ziada`],
  },
  {
    key: 'reportForm.review.missingHeading',
    nouns: ['jambo', 'mambo'],
    nounClass: 'ji-ma',
    agreeing: (c) => [`${c.genitive} kurekebisha`],
  },
  {
    key: 'submit.check.heading',
    nouns: ['jambo', 'mambo'],
    nounClass: 'ji-ma',
    agreeing: (c) => [`${c.genitive} kurekebisha`],
  },
  {
    key: 'sync.status.waiting',
    nouns: ['badiliko', 'mabadiliko'],
    nounClass: 'ji-ma',
    agreeing: (c) => [`${c.subject}nasubiri`],
  },
  {
    key: 'sync.status.conflicts',
    nouns: ['mgongano', 'migongano'],
    nounClass: 'm-mi',
    agreeing: (c) => [`${c.genitive} kutatua`],
  },
  {
    key: 'sync.conflict.heading',
    nouns: ['kisanduku', 'visanduku'],
    nounClass: 'ki-vi',
    agreeing: (c) => [`${c.subject}libadilishwa`],
  },
  {
    key: 'export.conflicts.text',
    nouns: ['mgongano', 'migongano'],
    nounClass: 'm-mi',
    agreeing: (c) => [`${c.genitive} usawazishaji`, `ha${c.subject}jatatuliwa`],
  },
  {
    key: 'questions.accepted',
    nouns: ['rasimu', 'rasimu'],
    nounClass: 'n',
    agreeing: (c) => [`${c.subject}mepangwa`],
    params: { version: '2' },
  },
  // The guidance (mwongozo, m-mi singular) is one whatever the count of Key Features.
  {
    key: 'questions.changes.guidance',
    nouns: ['sifa kuu', 'sifa kuu'],
    nounClass: 'n',
    agreeing: () => ['mwongozo mpya au uliorekebishwa'],
  },
  {
    key: 'wordImport.mapping.tracked',
    nouns: ['badiliko', 'mabadiliko'],
    nounClass: 'ji-ma',
    agreeing: (c) => [`${c.subject}mekubaliwa`],
  },
  // Maoni (comments) is a ma- plural for one comment too: its verb is plural either way.
  {
    key: 'wordImport.mapping.comments',
    nouns: ['maoni', 'maoni'],
    nounClass: 'ji-ma',
    agreeing: () => ['hayakuletwa'],
  },
  { key: 'wordImport.mapping.words', nouns: ['neno', 'maneno'], nounClass: 'ji-ma', agreeing: () => [] },
  {
    key: 'wordImport.mapping.measures',
    nouns: ['safu', 'safu'],
    nounClass: 'n',
    agreeing: (c) => [`${c.genitive} viashiria`],
  },
  { key: 'wordImport.mapping.photos', nouns: ['picha', 'picha'], nounClass: 'n', agreeing: () => [] },
  {
    key: 'wordImport.annex.heading',
    nouns: ['sehemu', 'sehemu'],
    nounClass: 'n',
    agreeing: (c) => [`ha${c.subject}japangwa`],
  },
  {
    key: 'questionnaires.notFound',
    nouns: ['jibu', 'majibu'],
    nounClass: 'ji-ma',
    agreeing: (c) => [`ha${c.subject}kupatikana`],
    params: { list: '1.1.1' },
  },
  {
    key: 'questionnaires.photos',
    nouns: ['picha', 'picha'],
    nounClass: 'n',
    agreeing: (c) => [`${c.subject}meongezwa`],
  },
  {
    key: 'questionnaires.conflicts.heading',
    nouns: ['jibu', 'majibu'],
    nounClass: 'ji-ma',
    agreeing: (c) => [`${c.subject}nagongana`],
  },
  { key: 'questionnaires.log.fieldCount', nouns: ['swali', 'maswali'], nounClass: 'ji-ma', agreeing: () => [] },
  { key: 'preview.pageCount', nouns: ['ukurasa', 'kurasa'], nounClass: 'u-n', agreeing: () => [] },
];

const render = (key: string, count: number, params: Record<string, string> = {}) =>
  t(key, { count, ...params }).toLowerCase();
/** `word` at the start of a word: "imepangwa" is not found inside "zimepangwa". */
const startsWord = (word: string) => new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');

describe('Kiswahili noun-class agreement in templated strings', () => {
  it('has a case here for every Kiswahili string with a count', () => {
    const counted = new Set([...flattenLocale(sw).keys()].filter(isPluralKey).map(pluralBase));
    expect([...counted].sort()).toEqual(COUNTED.map((entry) => entry.key).sort());
  });

  for (const entry of COUNTED) {
    const classes = CLASSES[entry.nounClass];
    if (!classes) throw new Error(`no class ${entry.nounClass}`);
    it(`${entry.key}: one ${entry.nouns[0]} (${entry.nounClass}) agrees as ${entry.agreeing(classes.one).join(', ') || 'the noun alone'}`, () => {
      const text = render(entry.key, 1, entry.params);
      expect(text).toContain(`${entry.nouns[0]} 1`);
      for (const word of entry.agreeing(classes.one)) expect(text).toMatch(startsWord(word));
    });
    it(`${entry.key}: many ${entry.nouns[1]} (${entry.nounClass}) agree as ${entry.agreeing(classes.other).join(', ') || 'the noun alone'}`, () => {
      const text = render(entry.key, 7, entry.params);
      expect(text).toContain(`${entry.nouns[1]} 7`);
      for (const word of entry.agreeing(classes.other)) expect(text).toMatch(startsWord(word));
      // The singular's concord must not survive into the plural (unless both are the same word).
      for (const [one, other] of entry
        .agreeing(classes.one)
        .map((word, index) => [word, entry.agreeing(classes.other)[index]])) {
        if (one !== other && one !== undefined) expect(text).not.toMatch(startsWord(one));
      }
    });
  }

  it('a report (ripoti, n class singular) is deleted, is here, is final: i-', () => {
    expect(t('reportForm.list.deleted', { title: 'Kilifi' })).toBe('“Kilifi” imefutwa.');
    expect(t('drafts.import.exists', { title: 'Kilifi' })).toMatch(/“Kilifi” tayari iko/);
    expect(t('reportForm.review.isFinal')).toBe('Ripoti hii ni ya mwisho.');
  });

  it('a file (faili, ji-ma) agrees as ji-ma everywhere: li-, la, hili', () => {
    const photo = { photo: 'P.jpg' };
    expect(t('export.result.photo.damaged', photo)).toContain('faili limeharibika');
    expect(t('export.result.photo.cut-short', photo)).toContain('faili halijakamilika');
    expect(t('export.result.photo.unreadable', photo)).toContain('faili halikuweza');
    expect(t('drafts.import.label')).toContain('faili la rasimu');
    expect(t('errors.draftFile.damaged')).toMatch(/^Faili la rasimu liliharibika/);
    // Nowhere as n class (faili ya…, faili imeharibika, faili haiko).
    const nClass = [...flattenLocale(sw)].filter(([, text]) => /\bfaili (ya|i\w+|hai\w+)\b/iu.test(text));
    expect(nClass).toEqual([]);
  });
});
