import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RipotiError } from '@/shared/errors';
import { allKeyFeatures, bundledFramework, parseFramework } from '@/shared/framework/load';
import { migrateReport } from '@/shared/report/migrate';
import { createReport } from '@/shared/report/create';
import { reportSchema } from '@/shared/report/schema';

function fixture(path: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8'));
}

const current = bundledFramework();
const framework2016 = parseFramework(fixture('frameworks/key-features-2016-test.json'));

describe('migrateReport', () => {
  it('opens a current draft unchanged, with no notes', () => {
    const raw = createReport(current, {
      id: '3f1c2b9e-8d4a-4c1e-9b2f-1a2b3c4d5e6f',
      now: '2026-11-23T09:00:00.000Z',
      county: 'Kilifi',
    });
    const { report, notes } = migrateReport(JSON.parse(JSON.stringify(raw)), current);
    expect(report).toEqual(raw);
    expect(notes).toEqual([]);
  });

  it('opens a format-1 draft of the invented "2015.1-draft" version under the bundled paraphrase, every text where it was', () => {
    const raw = fixture('drafts/v1-framework-2015.json') as { sections: Record<string, { narrative: string }> };
    const { report, notes } = migrateReport(raw, current);
    expect(report.schemaVersion).toBe(2);
    expect(report.frameworkRef).toEqual({ id: 'unesco-gnlc-key-features', version: 'uil-2015-paraphrase-1' });
    for (const [featureId, section] of Object.entries(raw.sections))
      expect(report.sections[featureId]?.narrative).toBe(section.narrative);
    expect(report.archivedSections).toEqual([]);
    expect(notes.slice(0, 2)).toEqual([
      { code: 'schema-upgraded', params: { from: 1, to: 2 } },
      { code: 'framework-changed', params: { from: '2015.1-draft', to: 'uil-2015-paraphrase-1' } },
    ]);
  });

  it('upgrades a format-0 pilot draft, keeping every text and figure', () => {
    const { report, notes } = migrateReport(fixture('drafts/v0-pilot-garissa.json'), current);
    expect(reportSchema.parse(report)).toEqual(report);
    expect(notes[0]).toEqual({ code: 'schema-upgraded', params: { from: 0, to: 2 } });
    expect(report.language).toBe('sw');
    expect(report.period).toEqual({ startMonth: '2021-04', endMonth: '2023-09', dueDate: '2023-12-31' });
    expect(report.profile).toMatchObject({
      population: '841353',
      areaKm2: '44174.1',
      leaderName: 'Nathif Jama',
      focalPointEmail: 'hassan.abdi@garissa.go.ke',
      membershipDate: '2020',
    });
    expect(report.sections['1.1.1']).toMatchObject({
      status: 'complete',
      actions: 'Literacy classes in 12 wards.',
      updatedAt: '2023-05-02T10:00:00Z',
    });
    expect(report.sections['1.1.1']?.narrative).toContain("ng'ombe-kwa-elimu");
    expect(report.sections['1.1.1']?.measures).toEqual([
      {
        id: 'm1',
        indicator: 'Adult learners',
        unit: 'people',
        baseline: '2100',
        current: '3500',
        target: '5000.5',
        source: 'Adult education office',
      },
    ]);
    expect(report.sections['2.1.1']?.measures[0]).toMatchObject({ baseline: '', current: '14', target: '20' });
    expect(report.sections['3.3.3']).toMatchObject({
      status: 'not-applicable',
      notApplicableReason: 'Fees are set nationally.',
    });
    expect(report.sections['2.4.2']?.status).toBe('not-started');
  });

  it('gives a format-0 draft a section for every Key Feature it did not have', () => {
    const { report, notes } = migrateReport(fixture('drafts/v0-pilot-garissa.json'), current);
    expect(Object.keys(report.sections)).toEqual(allKeyFeatures(current).map((feature) => feature.id));
    expect(notes.filter((note) => note.code === 'feature-added')).toHaveLength(allKeyFeatures(current).length - 4);
  });

  it('moves a renamed Key Feature’s text to its new id', () => {
    const { report, notes } = migrateReport(fixture('drafts/v1-framework-2015.json'), framework2016);
    expect(report.frameworkRef).toEqual({ id: 'unesco-gnlc-key-features', version: '2016-paraphrase-test' });
    expect(report.sections['1.2.5']?.narrative).toBe('The Kilifi cultural festival hosted 40 learning stalls.');
    expect(report.sections['1.2.4']).toBeUndefined();
    expect(notes).toContainEqual({ code: 'feature-renamed', params: { from: '1.2.4', to: '1.2.5' } });
    expect(notes[1]).toEqual({
      code: 'framework-changed',
      params: { from: '2015.1-draft', to: '2016-paraphrase-test' },
    });
  });

  it('merges the text, measures and status of Key Features merged into one', () => {
    const { report, notes } = migrateReport(fixture('drafts/v1-framework-2015.json'), framework2016);
    const merged = report.sections['1.1.3'];
    expect(merged?.narrative).toBe(
      'Women chair 40% of ward learning committees.\n\nPeace barazas bring elders and youth together every month.',
    );
    expect(merged?.challenges).toBe('Transport to remote wards.');
    expect(merged?.measures.map((row) => [row.id, row.indicator])).toEqual([
      ['m1', 'Committees chaired by women'],
      ['1.1.4-m1', 'Barazas held'],
    ]);
    expect(merged?.status).toBe('in-progress');
    expect(report.sections['1.1.4']).toBeUndefined();
    expect(notes).toContainEqual({ code: 'features-merged', params: { from: '1.1.3, 1.1.4', to: '1.1.3' } });
  });

  it('archives a removed Key Feature that held text instead of dropping it', () => {
    const { report, notes } = migrateReport(fixture('drafts/v1-framework-2015.json'), framework2016);
    expect(report.sections['3.3.3']).toBeUndefined();
    expect(report.archivedSections).toHaveLength(1);
    expect(report.archivedSections[0]).toMatchObject({ featureId: '3.3.3', frameworkVersion: '2015.1-draft' });
    expect(report.archivedSections[0]?.section.notApplicableReason).toBe('Fees are set nationally, not by the county.');
    expect(notes).toContainEqual({ code: 'feature-archived', params: { featureId: '3.3.3' } });
    expect(reportSchema.parse(report)).toEqual(report);
  });

  it('is idempotent: migrating a migrated draft changes nothing', () => {
    const once = migrateReport(fixture('drafts/v1-framework-2015.json'), framework2016).report;
    const twice = migrateReport(JSON.parse(JSON.stringify(once)), framework2016);
    expect(twice.report).toEqual(once);
    expect(twice.notes).toEqual([]);
  });

  it('refuses a draft from a future format with a plain message', () => {
    const attempt = () => migrateReport(fixture('drafts/future-format-99.json'), current);
    expect(attempt).toThrow(RipotiError);
    expect(attempt).toThrow(/newer version of Ripoti \(format 99/);
  });

  it.each([
    ['not an object', 'hello'],
    ['an array', []],
    ['a negative format', { schemaVersion: -1 }],
    ['a damaged current draft', { schemaVersion: 1, id: 'x' }],
    ['a damaged old draft', { schemaVersion: 0, sections: 'nope' }],
  ])('refuses %s as invalid data', (_label, raw) => {
    try {
      migrateReport(raw, current);
      expect.unreachable('should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(RipotiError);
      expect((error as RipotiError).code).toBe('invalid-data');
    }
  });
});
