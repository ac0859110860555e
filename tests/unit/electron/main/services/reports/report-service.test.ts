import { describe, expect, it } from 'vitest';
import { RipotiError } from '@/shared/errors';
import { allKeyFeatures, bundledFramework } from '@/shared/framework/load';
import { InMemoryReportRepository } from '@/electron/main/services/reports/in-memory-repository';
import { ReportService } from '@/electron/main/services/reports/report-service';
import type { Clock } from '@/electron/main/services/clock';
import type { Profile, Report, Section } from '@/shared/report/schema';

function steppingClock(): Clock {
  let tick = 0;
  let id = 0;
  return {
    nowIso: () => new Date(Date.UTC(2026, 10, 23, 9, 0, tick++)).toISOString(),
    newId: () => `00000000-0000-4000-8000-${String(++id).padStart(12, '0')}`,
  };
}

function sectionOf(report: Report, featureId: string): Section {
  const section = report.sections[featureId];
  if (!section) throw new Error(`no section ${featureId}`);
  return section;
}

function service() {
  return new ReportService(new InMemoryReportRepository(), steppingClock(), bundledFramework);
}

const profile: Profile = {
  city: 'Kilifi',
  county: 'Kilifi',
  country: 'Kenya',
  population: '1,453,787',
  areaKm2: '12,610',
  website: '',
  leaderName: 'Governor name',
  leaderTitle: 'Governor',
  focalPointName: 'Amina Salim',
  focalPointEmail: 'amina@kilifi.go.ke',
  focalPointPhone: '',
  membershipDate: '',
};

describe('ReportService', () => {
  it('saves one section and returns the time it was stored', async () => {
    const reports = service();
    const report = await reports.create({ county: 'Kilifi' });
    const section = { ...sectionOf(report, '1.1.1'), narrative: 'Literacy classes.' };
    const receipt = await reports.updateSection(report.id, '1.1.1', section);
    const stored = await reports.get(report.id);
    expect(stored.sections['1.1.1']?.narrative).toBe('Literacy classes.');
    expect(stored.updatedAt).toBe(receipt.savedAt);
    expect(receipt.reportId).toBe(report.id);
  });

  it('shows completeness from the Finalise rules in the list', async () => {
    const reports = service();
    const report = await reports.create({});
    await reports.updateProfile(report.id, profile);
    const [summary] = await reports.list();
    expect(summary?.completeness).toBeCloseTo(9 / (9 + allKeyFeatures(bundledFramework()).length));
  });

  it('refuses to finalise a report with problems, and finalises once they are fixed', async () => {
    const reports = service();
    const report = await reports.create({});
    await expect(reports.updateMeta(report.id, { status: 'final' })).rejects.toThrow(/cannot be finalised yet/);
    await reports.updateProfile(report.id, profile);
    for (const feature of allKeyFeatures(bundledFramework())) {
      await reports.updateSection(report.id, feature.id, {
        ...sectionOf(report, feature.id),
        status: 'complete',
        narrative: 'Done.',
      });
    }
    await reports.updateMeta(report.id, { status: 'final', title: 'Kilifi 2026' });
    expect(await reports.get(report.id)).toMatchObject({ status: 'final', title: 'Kilifi 2026' });
  });

  it('duplicates a report under a new id as a draft, leaving the original alone', async () => {
    const reports = service();
    const report = await reports.create({ county: 'Garissa' });
    const copy = await reports.duplicate(report.id, 'Copy of the Garissa report');
    expect(copy.id).not.toBe(report.id);
    expect(copy).toMatchObject({ title: 'Copy of the Garissa report', status: 'draft' });
    expect(copy.profile.county).toBe('Garissa');
    expect(await reports.list()).toHaveLength(2);
  });

  it('deletes a report and can put it back exactly, but never over an existing one', async () => {
    const reports = service();
    const report = await reports.create({});
    const before = await reports.get(report.id);
    await reports.delete(report.id);
    await expect(reports.get(report.id)).rejects.toBeInstanceOf(RipotiError);
    await reports.restore(before);
    expect(await reports.get(report.id)).toEqual(before);
    await expect(reports.restore(before)).rejects.toMatchObject({ code: 'already-exists' });
  });

  it('says plainly when the report or the Key Feature does not exist', async () => {
    const reports = service();
    const report = await reports.create({});
    await expect(reports.updateSection(report.id, '9.9.9', sectionOf(report, '1.1.1'))).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(reports.updateProfile('00000000-0000-4000-8000-999999999999', profile)).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});
