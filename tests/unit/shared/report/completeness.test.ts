import { describe, expect, it } from 'vitest';
import { allKeyFeatures, bundledFramework } from '@/shared/framework/load';
import type { Framework } from '@/shared/framework/schema';
import { computeCompleteness } from '@/shared/report/completeness';
import { createReport } from '@/shared/report/create';
import type { Profile, Report, Section } from '@/shared/report/schema';
import { kilifiProfile } from '@/tests/fixtures/profiles';

const framework = bundledFramework();
const now = '2026-11-23T09:00:00.000Z';
const features = allKeyFeatures(framework);

function blank(): Report {
  return createReport(framework, { id: '3f1c2b9e-8d4a-4c1e-9b2f-1a2b3c4d5e6f', now });
}

// An optional field left empty: completeness must not count it as missing.
const fullProfile: Profile = { ...kilifiProfile, focalPointPhone: '' };

function withSection(report: Report, featureId: string, patch: Partial<Section>): Report {
  const section = report.sections[featureId];
  if (!section) throw new Error(`no ${featureId}`);
  return { ...report, sections: { ...report.sections, [featureId]: { ...section, ...patch } } };
}

function finished(): Report {
  let report: Report = { ...blank(), profile: fullProfile };
  for (const feature of features)
    report = withSection(report, feature.id, { narrative: `What Kilifi did for ${feature.id}.`, status: 'complete' });
  return report;
}

describe('computeCompleteness', () => {
  it('finds a blank report empty everywhere but the default country, with every required field listed', () => {
    const result = computeCompleteness(blank(), framework);
    expect(result.overall).toEqual({ done: 1, total: features.length + 9, ratio: 1 / (features.length + 9) });
    expect(result.profile.done).toBe(1);
    expect(Object.values(result.sections).every((section) => section.state === 'empty')).toBe(true);
    expect(Object.keys(result.areas)).toHaveLength(12);
    expect(Object.keys(result.tiers)).toEqual(['1', '2', '3']);
    expect(result.problems.filter((problem) => problem.path.endsWith('.narrative'))).toHaveLength(features.length);
    expect(result.problems[0]).toEqual({ code: 'required', path: 'profile.city' });
    expect(result.canFinalise).toBe(false);
  });

  it('lets a fully written report be finalised', () => {
    const result = computeCompleteness(finished(), framework);
    expect(result.problems).toEqual([]);
    expect(result.overall.ratio).toBe(1);
    expect(result.canFinalise).toBe(true);
  });

  it('counts progress per area and tier as Key Features are written and marked complete', () => {
    let report = blank();
    report = withSection(report, '1.1.1', { narrative: 'Literacy classes in every ward.', status: 'complete' });
    report = withSection(report, '1.1.2', { narrative: 'Barazas.', status: 'complete' });
    const result = computeCompleteness(report, framework);
    expect(result.areas['1.1']).toEqual({ done: 2, total: 4, ratio: 0.5 });
    expect(result.tiers['1']).toEqual({ done: 2, total: 11, ratio: 2 / 11 });
    expect(result.sections['1.1.1']?.state).toBe('complete');
    expect(result.sections['1.1.3']?.state).toBe('empty');
  });

  it('gives the status meaning: answered but not marked complete is not done, and says so', () => {
    const report = withSection(blank(), '1.1.1', {
      narrative: 'Literacy classes in every ward.',
      status: 'in-progress',
    });
    const result = computeCompleteness(report, framework);
    expect(result.sections['1.1.1']).toEqual({
      featureId: '1.1.1',
      state: 'partial',
      problems: [{ code: 'not-marked-complete', path: 'sections.1.1.1.status', featureId: '1.1.1' }],
    });
    expect(result.areas['1.1']?.done).toBe(0);
  });

  it('never counts "Complete" over an empty answer, and lists what is missing', () => {
    const report = withSection(blank(), '1.1.2', { status: 'complete' });
    const result = computeCompleteness(report, framework);
    expect(result.areas['1.1']?.done).toBe(0);
    expect(result.sections['1.1.2']?.state).toBe('empty');
    expect(result.sections['1.1.2']?.problems).toEqual([
      { code: 'required', path: 'sections.1.1.2.narrative', featureId: '1.1.2' },
    ]);
  });

  it('treats a measures row added and left blank as no answer at all', () => {
    const blankRow = { id: 'm9', indicator: '', unit: '', baseline: '', current: '', target: '', source: '  ' };
    const result = computeCompleteness(withSection(blank(), '2.2.1', { measures: [blankRow] }), framework);
    expect(result.sections['2.2.1']?.state).toBe('empty');
  });

  it('reports a narrative over its limit with the count and the limit, pointing at the field', () => {
    const report = withSection(finished(), '2.1.1', { narrative: 'neno '.repeat(framework.limits.narrativeWords + 1) });
    const result = computeCompleteness(report, framework);
    expect(result.problems).toEqual([
      { code: 'over-limit', path: 'sections.2.1.1.narrative', featureId: '2.1.1', params: { words: 501, limit: 500 } },
    ]);
    expect(result.sections['2.1.1']?.state).toBe('partial');
    expect(result.canFinalise).toBe(false);
  });

  it('accepts exactly the limit, and checks good practice, challenges and next steps against their own limits', () => {
    const atLimit = withSection(finished(), '2.1.1', {
      narrative: 'neno '.repeat(500),
      goodPractice: 'x '.repeat(301),
      challenges: 'y '.repeat(200),
      nextSteps: 'z '.repeat(201),
    });
    const paths = computeCompleteness(atLimit, framework).problems.map((problem) => problem.path);
    expect(paths).toEqual(['sections.2.1.1.goodPractice', 'sections.2.1.1.nextSteps']);
  });

  it('takes word limits from the framework data', () => {
    const strict = { ...framework, limits: { ...framework.limits, narrativeWords: 3 } };
    const report = withSection(finished(), '1.1.1', { narrative: 'one two three four' });
    expect(computeCompleteness(report, strict).problems.map((problem) => problem.params)).toContainEqual({
      words: 4,
      limit: 3,
    });
  });

  it('requires a reason for a section marked not applicable, and then counts it done', () => {
    const without = withSection(finished(), '3.3.3', {
      status: 'not-applicable',
      narrative: '',
      notApplicableReason: '  ',
    });
    const first = computeCompleteness(without, framework);
    expect(first.problems).toEqual([
      { code: 'reason-required', path: 'sections.3.3.3.notApplicableReason', featureId: '3.3.3' },
    ]);
    expect(first.sections['3.3.3']?.state).toBe('not-applicable');
    const withReason = withSection(without, '3.3.3', { notApplicableReason: 'Fees are set nationally.' });
    expect(computeCompleteness(withReason, framework).canFinalise).toBe(true);
  });

  it('checks started measure rows: indicator and current value required, figures numeric; blank rows ignored', () => {
    // Stored figures are canonical ("2000") or English forms from older drafts ("2,000"); "12,5" was stored as typed.
    const row = { id: 'm1', indicator: '', unit: 'people', baseline: '12,5', current: '', target: '2,000', source: '' };
    const blankRow = { id: 'm2', indicator: '', unit: '', baseline: '', current: '', target: '', source: ' ' };
    const report = withSection(finished(), '1.1.1', { measures: [row, blankRow] });
    expect(computeCompleteness(report, framework).problems).toEqual([
      { code: 'required', path: 'sections.1.1.1.measures.0.indicator', featureId: '1.1.1' },
      { code: 'required', path: 'sections.1.1.1.measures.0.current', featureId: '1.1.1' },
      {
        code: 'not-a-number',
        path: 'sections.1.1.1.measures.0.baseline',
        featureId: '1.1.1',
        params: { value: '12,5' },
      },
    ]);
  });

  it('requires a caption for each piece of evidence', () => {
    const report = withSection(finished(), '1.2.1', { evidence: [{ attachmentId: 'a1', caption: '' }] });
    expect(computeCompleteness(report, framework).problems.map((problem) => problem.path)).toEqual([
      'sections.1.2.1.evidence.0.caption',
    ]);
  });

  it('checks profile formats and the period, without counting optional fields as missing', () => {
    const report: Report = {
      ...finished(),
      title: ' ',
      period: { startMonth: '2026-09', endMonth: '2024-04', dueDate: '2026-12-31' },
      profile: {
        ...fullProfile,
        population: 'about a million',
        focalPointEmail: 'amina@',
        website: 'not a site',
        membershipDate: '2020-13',
        focalPointPhone: '',
      },
    };
    const result = computeCompleteness(report, framework);
    // In the order the framework asks its profile questions.
    expect(result.problems.map((problem) => [problem.code, problem.path])).toEqual([
      ['required', 'title'],
      ['invalid-period', 'period.endMonth'],
      ['invalid-web-address', 'profile.website'],
      ['invalid-email', 'profile.focalPointEmail'],
      ['invalid-date', 'profile.membershipDate'],
      ['not-a-number', 'profile.population'],
    ]);
    expect(result.profile).toEqual({ done: 7, total: 9, ratio: 7 / 9 });
  });

  it('checks the questions UNESCO asks members by their kind, and leaves them optional', () => {
    const answered = {
      ...fullProfile,
      dataYear: '2024',
      gdpPerCapitaCity: '2,150',
      gdpPerCapitaCountry: '1950',
      schoolingYearsWomen: '6.8',
      schoolingYearsMen: '7.4',
    };
    expect(computeCompleteness({ ...finished(), profile: answered }, framework).problems).toEqual([]);
    expect(computeCompleteness({ ...finished(), profile: fullProfile }, framework).problems).toEqual([]);
    const wrong = { ...fullProfile, dataYear: '24', gdpPerCapitaCity: 'about 2000', schoolingYearsMen: 'seven' };
    expect(
      computeCompleteness({ ...finished(), profile: wrong }, framework).problems.map((problem) => [
        problem.code,
        problem.path,
      ]),
    ).toEqual([
      ['invalid-year', 'profile.dataYear'],
      ['not-a-number', 'profile.gdpPerCapitaCity'],
      ['not-a-number', 'profile.schoolingYearsMen'],
    ]);
  });

  it('asks the profile questions of the framework it is given, not a fixed list', () => {
    const fields = framework.profile.map((field) => (field.id === 'website' ? { ...field, required: true } : field));
    const asked: Framework = {
      ...framework,
      profile: [...fields, { id: 'mayorOffice', kind: 'text', required: true, label: { en: 'Office of the mayor' } }],
    };
    const result = computeCompleteness({ ...finished(), profile: { ...fullProfile, website: '' } }, asked);
    expect(result.problems.map((problem) => problem.path)).toEqual(['profile.website', 'profile.mayorOffice']);
    expect(result.profile.total).toBe(11);
  });

  it('treats a Key Feature missing from the draft as not yet written', () => {
    const report = blank();
    const { ['1.1.1']: _removed, ...rest } = report.sections;
    const result = computeCompleteness({ ...report, sections: rest }, framework);
    expect(result.sections['1.1.1']?.state).toBe('empty');
  });
});
