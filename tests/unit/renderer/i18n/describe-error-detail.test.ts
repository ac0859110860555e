import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { describeError } from '@/renderer/src/i18n/describe-error';
import { DRAFT_FILE_PROBLEMS } from '@/shared/ipc/channels/drafts';
import { PHOTO_PROBLEMS } from '@/shared/ipc/channels/export';

const localesDir = path.resolve(import.meta.dirname, '../../../../renderer/src/i18n/locales');
const resources = Object.fromEntries(
  ['en', 'sw', 'fr'].map((language) => [
    language,
    { translation: JSON.parse(readFileSync(path.join(localesDir, `${language}.json`), 'utf8')) as object },
  ]),
);
const i18n = createInstance();
await i18n.init({ resources, lng: 'en', fallbackLng: false, interpolation: { escapeValue: false } });

const hugePhoto = {
  code: 'invalid-data',
  message:
    '"Mkutano.png" cannot be used as a photo: it is 100000000 × 100000000 pixels; photos up to 24 million pixels can be used.',
  detail: { kind: 'photo', photo: 'Mkutano.png', problem: 'too-many-pixels' },
} as const;

describe('refused photos and draft files in the officer’s language', () => {
  it('says a refused photo wholly in Kiswahili and French, naming it and the limit', () => {
    expect(describeError(i18n.getFixedT('en'), 'en', hugePhoto)).toBe(hugePhoto.message);
    expect(describeError(i18n.getFixedT('sw'), 'sw', hugePhoto)).toBe(
      '“Mkutano.png” ina pikseli nyingi mno: picha zenye hadi pikseli milioni 24 ndizo zinazoweza kutumika. Punguza ukubwa wa picha kisha ujaribu tena.',
    );
    expect(describeError(i18n.getFixedT('fr'), 'fr', hugePhoto)).toBe(
      '«\u00a0Mkutano.png\u00a0» compte trop de pixels\u00a0: les photos de 24 millions de pixels au plus sont acceptées. Réduisez la photo puis réessayez.',
    );
  });

  it('has a sentence for every photo problem (naming the photo) and every draft-file problem, in every language', () => {
    for (const language of ['sw', 'fr'] as const) {
      const t = i18n.getFixedT(language);
      for (const problem of PHOTO_PROBLEMS) {
        expect(
          describeError(t, language, {
            code: 'invalid-data',
            message: 'x',
            detail: { kind: 'photo', photo: 'P.jpg', problem },
          }),
          `${language} ${problem}`,
        ).toMatch(/P\.jpg.{10,}/);
      }
      for (const problem of DRAFT_FILE_PROBLEMS) {
        const sentence = describeError(t, language, {
          code: 'invalid-data',
          message: 'x',
          detail: { kind: 'draft-file', problem },
        });
        expect(sentence, `${language} ${problem}`).not.toBe(`errors.draftFile.${problem}`);
        expect(sentence.length, `${language} ${problem}`).toBeGreaterThan(20);
      }
    }
  });
});
