import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { describeJobStep } from '@/renderer/src/i18n/describe-job-step';
import { jobKinds, type JobKind, type JobProgress } from '@/shared/ipc/channels/jobs';

const localesDir = path.resolve(import.meta.dirname, '../../../../renderer/src/i18n/locales');
const resources = Object.fromEntries(
  ['en', 'sw', 'fr'].map((language) => [
    language,
    { translation: JSON.parse(readFileSync(path.join(localesDir, `${language}.json`), 'utf8')) as object },
  ]),
);
const i18n = createInstance();
// No fallback: a step missing in a language must show up here, not be covered by English.
await i18n.init({ resources, lng: 'en', fallbackLng: false, interpolation: { escapeValue: false } });

/** Every step code each job kind can report, with sample particulars, read from the contract's schemas. */
function everyStep(): { kind: JobKind; progress: JobProgress }[] {
  const particulars = { photo: 3, photos: 20, fileName: 'Darasa Watamu.jpg', percent: 45 };
  return (Object.keys(jobKinds) as JobKind[]).flatMap((kind) =>
    jobKinds[kind].step.options.map((option) => {
      const step = Object.fromEntries(
        Object.keys(option.shape).map((key) => [
          key,
          key === 'code' ? option.shape.code.value : particulars[key as keyof typeof particulars],
        ]),
      );
      return { kind, progress: { done: 2, total: 7, step } as JobProgress };
    }),
  );
}

describe('job steps in the officer’s language', () => {
  it('words every step of every job in English, Kiswahili and French, with its particulars filled in', () => {
    const steps = everyStep();
    expect(steps.length).toBeGreaterThanOrEqual(8);
    for (const language of ['en', 'sw', 'fr']) {
      const t = i18n.getFixedT(language);
      for (const { kind, progress } of steps) {
        const words = describeJobStep(t, kind, progress);
        expect(words, `${language} ${kind}.steps.${progress.step.code}`).not.toMatch(/steps\.|\{\{/);
        for (const value of Object.values(progress.step).filter((value) => value !== progress.step.code))
          expect(words).toContain(String(value));
      }
    }
  });

  it('says where an export and a sync have got to', () => {
    const t = i18n.getFixedT('sw');
    expect(
      describeJobStep(t, 'export', { done: 2, total: 22, step: { code: 'preparing-photo', photo: 3, photos: 20 } }),
    ).toBe('Inaandaa picha 3 kati ya 20…');
    expect(
      describeJobStep(i18n.getFixedT('fr'), 'sync', { done: 4, total: 9, step: { code: 'sending-changes' } }),
    ).toBe('Envoi de vos modifications\u00a0: 4 sur 9…');
    expect(
      describeJobStep(i18n.getFixedT('en'), 'sync', {
        done: 0,
        total: 3,
        step: { code: 'sending-photo', fileName: 'Darasa.jpg', percent: 0 },
      }),
    ).toBe('Sending the photo Darasa.jpg: 0% (0 of 3)…');
  });
});
