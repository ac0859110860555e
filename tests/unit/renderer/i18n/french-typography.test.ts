import { describe, expect, it } from 'vitest';
import { frenchTypographyProblems } from '@/tests/tools/french-typography';
import { translatedTexts } from '@/tests/tools/translated-texts';

describe('French typography', () => {
  it('puts a no-break space before : ; ? ! and inside « » in the interface, the Word labels, the menus and the framework', () => {
    const problems = translatedTexts('fr').flatMap((text) =>
      frenchTypographyProblems(text.translation).map((problem) => `${text.key}: ${problem} in “${text.translation}”`),
    );
    expect(problems).toEqual([]);
  });

  it('is checked by a rule that sees an ordinary space, a missing space, and leaves times and addresses alone', () => {
    expect(frenchTypographyProblems('Titre : rapport')).toHaveLength(1);
    expect(frenchTypographyProblems('Titre: rapport')).toHaveLength(1);
    expect(frenchTypographyProblems('« Kilifi »')).toHaveLength(2);
    expect(frenchTypographyProblems('Prêt ? Oui !')).toHaveLength(2);
    expect(frenchTypographyProblems('Titre\u00a0: «\u00a0Kilifi\u00a0» à 10:42, https://kilifi.go.ke\u202f?')).toEqual(
      [],
    );
  });
});
