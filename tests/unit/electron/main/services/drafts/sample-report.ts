import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundledFramework } from '@/shared/framework/load';
import { createReport } from '@/shared/report/create';
import type { Report, Section } from '@/shared/report/schema';

export function sampleReport(title = 'Kisumu learning city report', now = '2026-11-23T09:00:00.000Z'): Report {
  return createReport(bundledFramework(), { id: randomUUID(), now, title, county: 'Kisumu' });
}

export function firstFeatureId(report: Report): string {
  const id = Object.keys(report.sections)[0];
  if (!id) throw new Error('the framework has no Key Feature');
  return id;
}

export function withNarrative(report: Report, featureId: string, narrative: string, savedAt: string): Section {
  const section = report.sections[featureId];
  if (!section) throw new Error(`no section ${featureId}`);
  return { ...section, narrative, status: 'in-progress', updatedAt: savedAt };
}

export function tempDataDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'ripoti-drafts-'));
}
