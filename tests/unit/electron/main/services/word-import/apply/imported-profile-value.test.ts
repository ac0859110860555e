import { describe, expect, it } from 'vitest';
import { importedProfileValue } from '@/electron/main/services/word-import/apply/imported-profile-value';
import { bundledFramework } from '@/shared/framework/load';

const kindOf = (id: string) => bundledFramework().profile.find((field) => field.id === id)?.kind;

describe('importedProfileValue', () => {
  it('turns back only the answers of date questions', () => {
    expect(importedProfileValue(kindOf('membershipDate'), 'Septemba 2020', 'sw')).toBe('2020-09');
    expect(importedProfileValue(kindOf('membershipDate'), 'about 2020', 'en')).toBe('about 2020');
    expect(importedProfileValue(kindOf('city'), 'March 2020', 'en')).toBe('March 2020');
  });

  it('reads the answers of figure questions in the document language, and nothing else', () => {
    expect(importedProfileValue(kindOf('population'), '1 453 787', 'fr')).toBe('1453787');
    expect(importedProfileValue(kindOf('population'), 'about 1.4 million', 'en')).toBe('about 1.4 million');
    expect(importedProfileValue(kindOf('focalPointPhone'), '+254 700 000 000', 'fr')).toBe('+254 700 000 000');
  });

  it('reads an answer by the kind the questions in use give it, not the bundled ones', () => {
    expect(importedProfileValue('partial-date', '1er mars 2025', 'fr')).toBe('2025-03-01');
    expect(importedProfileValue(undefined, '1er mars 2025', 'fr')).toBe('1er mars 2025');
  });
});
