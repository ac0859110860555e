import { describe, expect, it } from 'vitest';
import fr from '@/shared/glossary/fr.json' with { type: 'json' };
import { glossarySchema, glossaryViolations, type Glossary } from '@/shared/glossary/glossary';
import sw from '@/shared/glossary/sw.json' with { type: 'json' };
import { translatedTexts } from '@/tests/tools/translated-texts';

const glossaries: Record<'sw' | 'fr', Glossary> = { sw: glossarySchema.parse(sw), fr: glossarySchema.parse(fr) };
const described = (language: 'sw' | 'fr') =>
  glossaryViolations(translatedTexts(language), glossaries[language]).map(
    (violation) => `${violation.key}: ${violation.problem} "${violation.term}" in “${violation.translation}”`,
  );

describe('one glossary per language, used everywhere', () => {
  it('has the same English terms in Kiswahili and in French', () => {
    expect(glossaries.sw.terms.map((term) => term.en)).toEqual(glossaries.fr.terms.map((term) => term.en));
    expect(glossaries.sw.terms.length).toBeGreaterThan(30);
  });

  it('reads the interface, the Word labels, the menus and the framework', () => {
    const keys = translatedTexts('sw').map((text) => text.key.split(':')[0]?.split('.')[0]);
    for (const source of ['interface', 'labels', 'menu', 'framework']) expect(keys).toContain(source);
  });

  it.each(['sw', 'fr'] as const)(
    '%s: every text that uses an English term uses the glossary’s word for it',
    (language) => {
      expect(described(language)).toEqual([]);
    },
  );
});

describe('the glossary check itself', () => {
  const glossary: Glossary = glossarySchema.parse({
    language: 'sw',
    terms: [
      {
        en: 'export',
        match: '\\bexport',
        term: 'toa',
        forms: 'to(a|lewa)\\b',
        avoid: 'hamish',
        except: ['interface:x.moved'],
      },
    ],
  });

  it('finds a missing term and a word the review ruled out, and ignores placeholders and named exceptions', () => {
    const found = glossaryViolations(
      [
        { key: 'interface:a', en: 'Export to Word', translation: 'Hamisha kwa Word' },
        { key: 'interface:b', en: 'Exported on', translation: 'Imetolewa tarehe' },
        { key: 'interface:c', en: 'Export to Word', translation: 'Toa, usihamishe' },
        { key: 'interface:d', en: 'Saved: {{export}}', translation: 'Imehifadhiwa: {{export}}' },
        { key: 'interface:x.moved', en: 'Exported files were moved', translation: 'Faili zilihamishwa' },
      ],
      glossary,
    );
    expect(found.map((violation) => `${violation.key} ${violation.problem}`)).toEqual([
      'interface:a term-missing',
      'interface:a avoided-word',
      'interface:c avoided-word',
    ]);
  });
});
