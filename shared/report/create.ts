import type { Framework } from '../framework/schema';
import { allKeyFeatures } from '../framework/load';
import type { Language } from '../language';
import { CURRENT_SCHEMA_VERSION, type Profile, type Report, type ReportingPeriod, type Section } from './schema';

export function emptyProfile(): Profile {
  return {
    city: '',
    county: '',
    country: 'Kenya',
    population: '',
    areaKm2: '',
    website: '',
    leaderName: '',
    leaderTitle: '',
    focalPointName: '',
    focalPointEmail: '',
    focalPointPhone: '',
    membershipDate: '',
  };
}

export function emptySection(now: string): Section {
  return {
    status: 'not-started',
    notApplicableReason: '',
    narrative: '',
    actions: '',
    measures: [],
    goodPractice: '',
    challenges: '',
    nextSteps: '',
    sdgTargets: [],
    evidence: [],
    updatedAt: now,
  };
}

/**
 * The GNLC reports every two years; the round UNESCO documents ran April to September
 * two and a half years later and was due at the end of that year. We propose the next such
 * window from today and let the officer change it.
 */
export function defaultPeriod(today: Date): ReportingPeriod {
  const year = today.getUTCFullYear();
  return { startMonth: `${year - 2}-04`, endMonth: `${year}-09`, dueDate: `${year}-12-31` };
}

export interface NewReportInput {
  readonly id: string;
  readonly now: string;
  readonly title?: string;
  readonly county?: string;
  readonly language?: Language;
  readonly period?: ReportingPeriod;
}

/** A blank draft with one empty section per Key Feature of the given framework. */
export function createReport(framework: Framework, input: NewReportInput): Report {
  const sections: Record<string, Section> = {};
  for (const feature of allKeyFeatures(framework)) sections[feature.id] = emptySection(input.now);
  const profile = emptyProfile();
  for (const field of framework.profile) profile[field.id] ??= '';
  if (input.county) profile.county = input.county;
  return {
    id: input.id,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    frameworkRef: { id: framework.id, version: framework.version },
    title: input.title ?? 'Learning city progress report',
    period: input.period ?? defaultPeriod(new Date(input.now)),
    language: input.language ?? 'en',
    profile,
    sections,
    archivedSections: [],
    attachments: {},
    status: 'draft',
    createdAt: input.now,
    updatedAt: input.now,
  };
}
