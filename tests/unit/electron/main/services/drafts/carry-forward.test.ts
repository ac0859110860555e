import { describe, expect, it } from 'vitest';
import { carryForward, nextCyclePeriod } from '@/electron/main/services/drafts/carry-forward';
import { bundledFramework } from '@/shared/framework/load';
import { reportSchema } from '@/shared/report/schema';
import { sampleReport, withNarrative } from './sample-report';

describe('carry forward', () => {
  it('copies the profile and only the chosen sections into a valid new report for the next cycle', () => {
    const source = sampleReport('Kisumu 2026');
    const [kept, dropped] = Object.keys(source.sections);
    if (!kept || !dropped) throw new Error('framework too small');
    source.sections[kept] = { ...withNarrative(source, kept, 'Carried text', source.updatedAt), status: 'complete' };
    source.sections[dropped] = withNarrative(source, dropped, 'Left behind', source.updatedAt);
    source.profile.city = 'Kisumu';
    const next = carryForward(source, [kept], bundledFramework(), {
      id: '11111111-1111-4111-8111-111111111111',
      now: '2028-01-05T08:00:00.000Z',
    });
    expect(reportSchema.safeParse(next).success).toBe(true);
    expect(next.carriedForwardFrom).toBe(source.id);
    expect(next.profile.city).toBe('Kisumu');
    expect(next.sections[kept]).toMatchObject({ narrative: 'Carried text', status: 'in-progress' });
    expect(next.sections[dropped]?.narrative).toBe('');
    expect(next.period).toEqual(nextCyclePeriod(source.period));
  });

  it('moves the reporting window two years on', () => {
    expect(nextCyclePeriod({ startMonth: '2024-04', endMonth: '2026-09', dueDate: '2026-12-31' })).toEqual({
      startMonth: '2026-04',
      endMonth: '2028-09',
      dueDate: '2028-12-31',
    });
  });
});
