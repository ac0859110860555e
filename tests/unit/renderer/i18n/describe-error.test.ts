import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '@/shared/errors';
import { describeError } from '@/renderer/src/i18n/describe-error';

const localesDir = path.resolve(import.meta.dirname, '../../../../renderer/src/i18n/locales');
const resources = Object.fromEntries(
  ['en', 'sw', 'fr'].map((language) => [
    language,
    { translation: JSON.parse(readFileSync(path.join(localesDir, `${language}.json`), 'utf8')) as object },
  ]),
);
const i18n = createInstance();
await i18n.init({ resources, lng: 'en', fallbackLng: false, interpolation: { escapeValue: false } });

// A record, so that TypeScript fails this file when a code is added to shared/errors.ts without a sentence here.
const everyCode: Record<ErrorCode, true> = {
  'invalid-arguments': true,
  'untrusted-sender': true,
  'unknown-channel': true,
  'not-found': true,
  'already-exists': true,
  conflict: true,
  'invalid-data': true,
  'disk-full': true,
  'permission-denied': true,
  io: true,
  'too-large': true,
  cancelled: true,
  network: true,
  unauthorized: true,
  internal: true,
};
const codes = Object.keys(everyCode);
const diskFull = { code: 'disk-full', message: 'The disk is full: Ripoti kept the last saved version.' };

describe('errors from main in the officer’s language', () => {
  it('keeps main’s own sentence in English, where it is already the clearest', () => {
    expect(describeError(i18n.getFixedT('en'), 'en', diskFull)).toBe(diskFull.message);
  });

  it('leads with the meaning of the code in Kiswahili and French, and keeps main’s particulars in brackets', () => {
    expect(describeError(i18n.getFixedT('sw'), 'sw', diskFull)).toBe(`Diski imejaa. (${diskFull.message})`);
    expect(describeError(i18n.getFixedT('fr'), 'fr', diskFull)).toBe(`Le disque est plein. (${diskFull.message})`);
  });

  it('has a sentence for every error code main can send, in every language', () => {
    for (const language of ['en', 'sw', 'fr'] as const) {
      for (const code of codes)
        expect(i18n.getFixedT(language)(`errors.code.${code}`, { defaultValue: '' }), `${language} ${code}`).not.toBe(
          '',
        );
    }
  });

  it('falls back to main’s sentence for a code it does not know', () => {
    expect(describeError(i18n.getFixedT('sw'), 'sw', { code: 'something-new', message: 'Plain English' })).toBe(
      'Plain English',
    );
  });
});
