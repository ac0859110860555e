import { describe, expect, it } from 'vitest';
import { allKeyFeatures, bundledFramework } from '@/shared/framework/load';
import { createReport, defaultPeriod } from '@/shared/report/create';
import { reportSchema } from '@/shared/report/schema';

describe('a new report', () => {
  const framework = bundledFramework();
  const report = createReport(framework, {
    id: '3f1c2b9e-8d4a-4c1e-9b2f-1a2b3c4d5e6f',
    now: '2026-11-23T09:00:00.000Z',
    county: 'Kilifi',
  });

  it('is a valid draft with one not-started section per Key Feature', () => {
    expect(reportSchema.parse(report)).toEqual(report);
    expect(Object.keys(report.sections)).toEqual(allKeyFeatures(framework).map((feature) => feature.id));
    expect(Object.values(report.sections).every((section) => section.status === 'not-started')).toBe(true);
  });

  it('records the framework it was written against and the county', () => {
    expect(report.frameworkRef).toEqual({ id: framework.id, version: framework.version });
    expect(report.profile.county).toBe('Kilifi');
    expect(report.status).toBe('draft');
  });

  it('proposes a two-and-a-half-year window ending in September, due at year end', () => {
    expect(defaultPeriod(new Date('2026-11-23T00:00:00Z'))).toEqual({
      startMonth: '2024-04',
      endMonth: '2026-09',
      dueDate: '2026-12-31',
    });
  });
});
