import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { describeExportWarning } from '@/renderer/src/i18n/describe-export-warning';
import { PHOTO_PROBLEMS, type ExportWarning } from '@/shared/ipc/channels/export';

const localesDir = path.resolve(import.meta.dirname, '../../../../renderer/src/i18n/locales');
const resources = Object.fromEntries(
  ['en', 'sw', 'fr'].map((language) => [
    language,
    { translation: JSON.parse(readFileSync(path.join(localesDir, `${language}.json`), 'utf8')) as object },
  ]),
);
const i18n = createInstance();
await i18n.init({ resources, lng: 'en', fallbackLng: false, interpolation: { escapeValue: false } });

const cutShort: ExportWarning = {
  photo: 'Darasa Watamu.jpg',
  problem: 'cut-short',
  message: 'The photo "Darasa Watamu.jpg" was left out: the file is cut short.',
};

describe('photos left out of an export, in the officer’s language', () => {
  it('keeps main’s own sentence in English', () => {
    expect(describeExportWarning(i18n.getFixedT('en'), 'en', cutShort)).toBe(cutShort.message);
  });

  it('says it in Kiswahili and French by the problem, naming the photo, with main’s sentence in brackets', () => {
    expect(describeExportWarning(i18n.getFixedT('sw'), 'sw', cutShort)).toBe(
      `Picha “Darasa Watamu.jpg” imeachwa nje: faili halijakamilika. (${cutShort.message})`,
    );
    expect(describeExportWarning(i18n.getFixedT('fr'), 'fr', cutShort)).toBe(
      `La photo «\u00a0Darasa Watamu.jpg\u00a0» a été laissée de côté\u00a0: le fichier est incomplet. (${cutShort.message})`,
    );
  });

  it('has a sentence naming the photo for every problem in every language', () => {
    for (const language of ['en', 'sw', 'fr'] as const) {
      const t = i18n.getFixedT(language);
      for (const problem of PHOTO_PROBLEMS) {
        const sentence = t(`export.result.photo.${problem}`, { photo: 'P.jpg', defaultValue: '' });
        expect(sentence, `${language} ${problem}`).toContain('P.jpg');
      }
    }
  });
});
