import { describe, expect, it } from 'vitest';
import { bundledFramework } from '@/shared/framework/load';
import { createReport } from '@/shared/report/create';
import { onlineAnswers } from '@/shared/report/online-form';
import { kilifiProfile } from '@/tests/fixtures/profiles';

const framework = bundledFramework();

describe('the answers to copy to the online form', () => {
  it('come in the order of the framework’s questions: profile, then each Key Feature as the form asks it', () => {
    const report = createReport(framework, {
      id: '3f1c2b9e-8d4a-4c1e-9b2f-1a2b3c4d5e6f',
      now: '2026-11-23T09:00:00.000Z',
    });
    report.profile = { ...kilifiProfile, focalPointPhone: '' };
    const base = report.sections['1.1.1'];
    if (!base) throw new Error('framework shape changed');
    report.sections['2.1.1'] = {
      ...base,
      narrative: 'ECDE centres.',
      challenges: 'Floods.',
      sdgTargets: ['4.2'],
      measures: [
        { id: 'm1', indicator: 'Enrolment', unit: '%', baseline: '60', current: '70', target: '80', source: 'County' },
        { id: 'm2', indicator: '', unit: '', baseline: '', current: '', target: '', source: '' },
      ],
    };
    report.sections['1.1.1'] = { ...base, actions: 'Classes.', narrative: 'Literacy.' };
    report.sections['3.3.3'] = {
      ...base,
      status: 'not-applicable',
      notApplicableReason: 'Fees are national.',
      narrative: 'ignored',
    };
    const answers = onlineAnswers(report, framework);
    expect(answers.map((answer) => answer.path)).toEqual([
      ...framework.profile
        .filter((field) => field.id !== 'focalPointPhone' && (report.profile[field.id] ?? '') !== '')
        .map((field) => `profile.${field.id}`),
      'sections.1.1.1.narrative',
      'sections.1.1.1.actions',
      'sections.2.1.1.narrative',
      'sections.2.1.1.measures',
      'sections.2.1.1.challenges',
      'sections.2.1.1.sdgTargets',
      'sections.3.3.3.notApplicableReason',
    ]);
    expect(answers.find((answer) => answer.path === 'sections.2.1.1.narrative')).toMatchObject({
      kind: 'text',
      limit: 500,
    });
    expect(answers.find((answer) => answer.path === 'sections.1.1.1.actions')).toMatchObject({
      kind: 'text',
      limit: null,
    });
    const measures = answers.find((answer) => answer.path === 'sections.2.1.1.measures');
    expect(measures?.kind === 'measures' && measures.rows.map((row) => row.id)).toEqual(['m1']);
  });

  it('carry a Key Feature’s own word limit when the questions set one', () => {
    const custom = structuredClone(framework);
    const feature = custom.tiers[0]?.areas[0]?.features[0];
    if (!feature) throw new Error('framework shape changed');
    feature.limits = { narrativeWords: 250 };
    const report = createReport(custom, {
      id: '3f1c2b9e-8d4a-4c1e-9b2f-1a2b3c4d5e6f',
      now: '2026-11-23T09:00:00.000Z',
    });
    const section = report.sections['1.1.1'];
    if (!section) throw new Error('framework shape changed');
    report.sections['1.1.1'] = { ...section, narrative: 'Literacy.' };
    expect(onlineAnswers(report, custom).find((answer) => answer.path === 'sections.1.1.1.narrative')).toMatchObject({
      limit: 250,
    });
  });
});
