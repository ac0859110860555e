import { describe, expect, it } from 'vitest';
import { indexFramework } from '@/electron/main/services/word-import/map/framework-index';
import { matchHeading, splitNumber } from '@/electron/main/services/word-import/map/match-heading';
import { bundledFramework } from '@/shared/framework/load';

const index = indexFramework(bundledFramework());
const match = (text: string, expected?: string) => matchHeading(text, index, expected);

describe('a heading names its Key Feature', () => {
  it.each([
    ['2.1.3', '2.1.3'],
    ['2.1.3.', '2.1.3'],
    ['2.1.3 Access to adult education and technical and vocational education and training', '2.1.3'],
    ['Key Feature 2.1.3: Adult education', '2.1.3'],
    ['Sifa Kuu 2.1.3 – Elimu ya watu wazima', '2.1.3'],
    ['KF 3.3.2', '3.3.2'],
  ])('by its number: %s', (text, id) => {
    expect(match(text)).toMatchObject({ level: 'feature', id });
  });

  it('by its title in English, Kiswahili or French, exactly', () => {
    expect(match('Access to early childhood care and education')).toMatchObject({
      id: '2.1.1',
      reason: 'title-exact',
      language: 'en',
    });
    expect(match('Upatikanaji wa malezi na elimu ya awali ya utotoni')).toMatchObject({
      id: '2.1.1',
      reason: 'title-exact',
      language: 'sw',
    });
    expect(match('Accès à l’éducation et à la protection de la petite enfance')).toMatchObject({
      id: '2.1.1',
      reason: 'title-exact',
      language: 'fr',
    });
    // Case, accents and punctuation do not matter.
    expect(match('ACCES A L EDUCATION ET A LA PROTECTION DE LA PETITE ENFANCE')).toMatchObject({
      id: '2.1.1',
      reason: 'title-exact',
    });
  });

  it('by a title that is close: a typo, a shortened title, words in another order', () => {
    expect(match('Acess to early childhood care and educaton')).toMatchObject({ id: '2.1.1', reason: 'title-fuzzy' });
    expect(match('Gender equality in learning')).toMatchObject({ id: '1.1.3', reason: 'title-fuzzy' });
    expect(match('Public events celebrating learning')).toMatchObject({ id: '2.6.1', reason: 'title-fuzzy' });
    expect(match('Ushiriki katika shughuli za utamaduni')).toMatchObject({ id: '1.2.4', reason: 'title-fuzzy' });
  });

  it('areas and tiers are recognised as such, not as Key Features', () => {
    expect(match('2.1 Inclusive learning in the education system')).toMatchObject({ level: 'area', id: '2.1' });
    expect(match('1 Wider benefits of building a learning city')).toMatchObject({ level: 'tier', id: '1' });
  });

  it('an exact title of another Key Feature beats a mistyped number', () => {
    expect(match('2.1.3 Access to early childhood care and education')).toMatchObject({
      id: '2.1.1',
      reason: 'title-exact',
      confidence: 0.7,
    });
  });

  it('names nothing for headings that are no framework title', () => {
    expect(match('Introduction')).toBeNull();
    expect(match('Annex: list of partners')).toBeNull();
    expect(match('Budget for 2025')).toBeNull();
    // "2 Introduction" is not tier 2, "Phase 2 of the plan" has no framework number.
    expect(match('2 Introduction')).toBeNull();
    expect(splitNumber('Phase 2 of the plan').number).toBeNull();
  });

  it('breaks a near tie with the Key Feature that follows the last one found', () => {
    // "Access to education" is almost as close to 2.1.1 as to 2.1.2; "Learning opportunities" to 2.3.3 and 2.3.4.
    expect(match('Access to education', '2.1.2')?.id).toBe('2.1.2');
    expect(match('Access to education', '2.1.1')?.id).toBe('2.1.1');
    expect(match('Learning opportunities', '2.3.4')?.id).toBe('2.3.4');
    expect(match('Learning opportunities')?.id).toBe('2.3.3');
  });
});
