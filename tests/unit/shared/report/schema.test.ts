import { describe, expect, it } from 'vitest';
import { bundledFramework } from '@/shared/framework/load';
import { createReport } from '@/shared/report/create';
import { MAX_LONG_TEXT, MAX_PROFILE_ANSWERS, reportSchema, sectionSchema, type Section } from '@/shared/report/schema';

const report = createReport(bundledFramework(), {
  id: '3f1c2b9e-8d4a-4c1e-9b2f-1a2b3c4d5e6f',
  now: '2026-11-23T09:00:00.000Z',
});
const section = report.sections['1.1.1'] as Section;

describe('the report schema (drafts: shape and size only)', () => {
  it('keeps whatever the officer typed, even if Finalise would refuse it', () => {
    const typed = {
      ...section,
      measures: [{ id: 'm1', indicator: '', unit: '', baseline: '12,5', current: 'about ten', target: '', source: '' }],
    };
    expect(sectionSchema.parse(typed)).toEqual(typed);
  });

  it('takes a pasted megabyte but not a runaway string', () => {
    expect(sectionSchema.safeParse({ ...section, narrative: 'x'.repeat(1_048_576) }).success).toBe(true);
    expect(sectionSchema.safeParse({ ...section, narrative: 'x'.repeat(MAX_LONG_TEXT + 1) }).success).toBe(false);
  });

  it('refuses malformed ids, statuses and SDG targets', () => {
    expect(sectionSchema.safeParse({ ...section, status: 'done' }).success).toBe(false);
    expect(sectionSchema.safeParse({ ...section, sdgTargets: ['4.6', '11.a'] }).success).toBe(true);
    expect(sectionSchema.safeParse({ ...section, sdgTargets: ['SDG 4'] }).success).toBe(false);
    expect(
      sectionSchema.safeParse({
        ...section,
        measures: [{ id: 'a b', indicator: '', unit: '', baseline: '', current: '', target: '', source: '' }],
      }).success,
    ).toBe(false);
    expect(reportSchema.safeParse({ ...report, sections: { 'one.two': section } }).success).toBe(false);
  });

  it('accepts only its own format version and real months', () => {
    expect(reportSchema.safeParse({ ...report, schemaVersion: 1 }).success).toBe(false);
    expect(reportSchema.safeParse({ ...report, schemaVersion: 3 }).success).toBe(false);
    expect(reportSchema.safeParse({ ...report, period: { ...report.period, endMonth: '2026-13' } }).success).toBe(
      false,
    );
  });

  it('keeps an answer to any profile question a framework asks, within bounds', () => {
    const answered = { ...report.profile, gdpPerCapitaCity: '2150', mayorOffice: 'Town hall' };
    expect(reportSchema.parse({ ...report, profile: answered }).profile).toEqual(answered);
    expect(reportSchema.safeParse({ ...report, profile: { ...report.profile, 'not a key': 'x' } }).success).toBe(false);
    expect(reportSchema.safeParse({ ...report, profile: { ...report.profile, extra: 42 } }).success).toBe(false);
    const crowded = Object.fromEntries(
      Array.from({ length: MAX_PROFILE_ANSWERS + 1 }, (_, index) => [`q${index}`, '']),
    );
    expect(reportSchema.safeParse({ ...report, profile: { ...report.profile, ...crowded } }).success).toBe(false);
  });
});
