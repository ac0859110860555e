import { describe, expect, it } from 'vitest';
import { bundledFramework, allKeyFeatures } from '@/shared/framework/load';
import { createReport } from '@/shared/report/create';
import { finalCheck, finalCheckKind, unconfirmedKinds } from '@/shared/report/final-check';
import type { Report, Section } from '@/shared/report/schema';
import { kilifiProfile } from '@/tests/fixtures/profiles';

const framework = bundledFramework();

function ready(): Report {
  const report = {
    ...createReport(framework, { id: '3f1c2b9e-8d4a-4c1e-9b2f-1a2b3c4d5e6f', now: '2026-11-23T09:00:00.000Z' }),
    profile: { ...kilifiProfile },
  };
  for (const feature of allKeyFeatures(framework)) {
    const section = report.sections[feature.id] as Section;
    report.sections[feature.id] = { ...section, status: 'complete', narrative: `Kilifi on ${feature.id}.` };
  }
  return report;
}

function edit(report: Report, featureId: string, patch: Partial<Section>): Report {
  return {
    ...report,
    sections: { ...report.sections, [featureId]: { ...(report.sections[featureId] as Section), ...patch } },
  };
}

describe('the final export check', () => {
  it('passes a report that Review finds ready', () => {
    expect(finalCheck(ready(), framework)).toEqual({ problems: [], kinds: [] });
  });

  it('finds what the issue exported unchecked: Challenges over the limit, a target of "approx 5000", a photo with no caption', () => {
    let report = edit(ready(), '1.1.1', { challenges: 'word '.repeat(252) });
    report = edit(report, '1.1.2', {
      measures: [
        { id: 'm1', indicator: 'Learners', unit: '', baseline: '', current: '4000', target: 'approx 5000', source: '' },
      ],
    });
    report = edit(report, '1.1.3', { evidence: [{ attachmentId: 'a'.repeat(64), caption: '' }] });
    report = edit(report, '1.1.4', { narrative: '', status: 'not-started' });
    const check = finalCheck(report, framework);
    expect(check.kinds.map((group) => [group.kind, group.problems.map((problem) => problem.path)])).toEqual([
      ['unanswered', ['sections.1.1.4.narrative']],
      ['over-limit', ['sections.1.1.1.challenges']],
      ['not-a-number', ['sections.1.1.2.measures.0.target']],
      ['missing-caption', ['sections.1.1.3.evidence.0.caption']],
    ]);
    expect(unconfirmedKinds(check, ['unanswered', 'over-limit'])).toEqual(['not-a-number', 'missing-caption']);
    expect(unconfirmedKinds(check, ['unanswered', 'over-limit', 'not-a-number', 'missing-caption'])).toEqual([]);
  });

  it('checks only the areas exported, but always the title, period and profile', () => {
    let report = edit(ready(), '3.3.3', { narrative: '', status: 'not-started' });
    report = { ...report, profile: { ...report.profile, population: 'about a million' } };
    expect(finalCheck(report, framework, ['1.1']).kinds.map((group) => group.kind)).toEqual(['not-a-number']);
    expect(finalCheck(report, framework, ['3.3']).kinds.map((group) => group.kind)).toEqual([
      'unanswered',
      'not-a-number',
    ]);
  });

  it('sorts each problem into one kind', () => {
    expect(finalCheckKind({ code: 'required', path: 'profile.city' })).toBe('profile');
    expect(finalCheckKind({ code: 'invalid-period', path: 'period.endMonth' })).toBe('profile');
    expect(finalCheckKind({ code: 'required', path: 'sections.1.1.1.measures.0.current', featureId: '1.1.1' })).toBe(
      'incomplete-measure',
    );
    expect(
      finalCheckKind({ code: 'reason-required', path: 'sections.1.1.1.notApplicableReason', featureId: '1.1.1' }),
    ).toBe('no-reason');
    expect(finalCheckKind({ code: 'not-marked-complete', path: 'sections.1.1.1.status', featureId: '1.1.1' })).toBe(
      'not-marked-complete',
    );
  });
});
