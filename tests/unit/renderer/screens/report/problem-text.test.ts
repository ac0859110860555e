import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '@/renderer/src/i18n/locales/en.json' with { type: 'json' };
import { fieldLabel, problemWithField } from '@/renderer/src/screens/report/problem-text';
import { bundledFramework } from '@/shared/framework/load';

const i18n = i18next.createInstance();

describe('problems in the officer’s words', () => {
  beforeAll(async () => {
    await i18n.init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });
  });

  it('names each kind of field a problem can point to', () => {
    const t = i18n.t.bind(i18n);
    expect(fieldLabel(t, 'title')).toBe('Title of the report');
    expect(fieldLabel(t, 'period.endMonth')).toBe('Last month of the reporting period');
    // A profile question by the framework's label for it, in the language asked.
    const profile = bundledFramework().profile;
    expect(fieldLabel(t, 'profile.focalPointEmail', 'en', profile)).toBe('Focal point’s e-mail');
    expect(fieldLabel(t, 'profile.gdpPerCapitaCity', 'fr', profile)).toBe(
      'PIB par habitant de la ville ou du comté (dollars US)',
    );
    expect(fieldLabel(t, 'sections.2.1.1.narrative')).toBe('2.1.1 – What did the city achieve?');
    expect(fieldLabel(t, 'sections.2.1.1.measures.0.baseline')).toBe('2.1.1 – measure row 1, Baseline');
    expect(fieldLabel(t, 'sections.2.1.1.evidence.2.caption')).toBe('2.1.1 – caption of evidence 3');
  });

  it('puts the field and the problem together for the Review list', () => {
    const t = i18n.t.bind(i18n);
    expect(
      problemWithField(
        t,
        {
          code: 'over-limit',
          path: 'sections.1.1.1.challenges',
          featureId: '1.1.1',
          params: { words: 205, limit: 200 },
        },
        'en',
      ),
    ).toBe('1.1.1 – Challenges: 205 words: the limit is 200');
    expect(
      problemWithField(
        t,
        { code: 'reason-required', path: 'sections.3.3.3.notApplicableReason', featureId: '3.3.3' },
        'en',
      ),
    ).toBe('3.3.3 – Why does this Key Feature not apply?: Say why this Key Feature does not apply');
  });
});
