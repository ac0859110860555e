import { z } from 'zod';
import { emptyProfile } from '../create';
import type { MeasureRow, Report, Section, SectionStatus } from '../schema';

/**
 * Format 0: drafts written by the first pilot build (before evidence, SDG links and archived
 * sections). Sections were a list, statuses were short words, measures held numbers, the
 * profile named the governor "mayor" and nested the focal point, and the framework was
 * referenced as `framework`.
 */
const text = z.string().catch('');
const figure = z.union([z.number(), z.string(), z.null()]).catch(null);

const measureV0 = z.object({
  indicator: text.default(''),
  unit: text.default(''),
  baseline: figure.default(null),
  current: figure.default(null),
  target: figure.default(null),
  source: text.default(''),
});

const sectionV0 = z.object({
  featureId: z.string(),
  status: z.enum(['todo', 'doing', 'done', 'n/a']).catch('doing'),
  reason: text.default(''),
  narrative: text.default(''),
  actions: text.default(''),
  measures: z.array(measureV0).default([]),
  goodPractice: text.default(''),
  challenges: text.default(''),
  nextSteps: text.default(''),
  updatedAt: z.string().optional(),
});

export const reportV0Schema = z.object({
  id: z.string(),
  schemaVersion: z.literal(0).optional(),
  framework: z.object({ id: z.string(), version: z.string() }),
  title: text.default(''),
  period: z.object({ start: z.string(), end: z.string(), due: z.string() }),
  language: z.string().default('en'),
  profile: z
    .object({
      city: text.default(''),
      county: text.default(''),
      country: text.default('Kenya'),
      population: z.union([z.number(), z.string()]).default(''),
      area: z.union([z.number(), z.string()]).default(''),
      website: text.default(''),
      mayorName: text.default(''),
      mayorTitle: text.default(''),
      focalPoint: z
        .object({ name: text.default(''), email: text.default(''), phone: text.default('') })
        .default({ name: '', email: '', phone: '' }),
      memberSince: text.default(''),
    })
    .prefault({}),
  sections: z.array(sectionV0).default([]),
  status: z.enum(['draft', 'final']).catch('draft'),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const STATUS_FROM_V0: Record<z.infer<typeof sectionV0>['status'], SectionStatus> = {
  todo: 'not-started',
  doing: 'in-progress',
  done: 'complete',
  'n/a': 'not-applicable',
};

/** Numbers become the text the officer would have typed, so nothing is rounded on the way. */
function figureText(value: number | string | null): string {
  return value === null ? '' : String(value);
}

function measureFromV0(row: z.infer<typeof measureV0>, index: number): MeasureRow {
  return {
    id: `m${index + 1}`,
    indicator: row.indicator,
    unit: row.unit,
    baseline: figureText(row.baseline),
    current: figureText(row.current),
    target: figureText(row.target),
    source: row.source,
  };
}

/** Upgrades a format-0 draft to format 1, keeping every piece of text it holds. */
export function upgradeFromV0(raw: unknown): Record<string, unknown> {
  const old = reportV0Schema.parse(raw);
  const sections: Record<string, Section> = {};
  for (const section of old.sections) {
    sections[section.featureId] = {
      status: STATUS_FROM_V0[section.status],
      notApplicableReason: section.reason,
      narrative: section.narrative,
      actions: section.actions,
      measures: section.measures.map(measureFromV0),
      goodPractice: section.goodPractice,
      challenges: section.challenges,
      nextSteps: section.nextSteps,
      sdgTargets: [],
      evidence: [],
      updatedAt: section.updatedAt ?? old.updatedAt,
    };
  }
  const profile = {
    ...emptyProfile(),
    city: old.profile.city,
    county: old.profile.county,
    country: old.profile.country,
    population: String(old.profile.population),
    areaKm2: String(old.profile.area),
    website: old.profile.website,
    leaderName: old.profile.mayorName,
    leaderTitle: old.profile.mayorTitle,
    focalPointName: old.profile.focalPoint.name,
    focalPointEmail: old.profile.focalPoint.email,
    focalPointPhone: old.profile.focalPoint.phone,
    membershipDate: old.profile.memberSince,
  };
  const upgraded: Omit<Report, 'language' | 'schemaVersion'> & { language: string; schemaVersion: 1 } = {
    id: old.id,
    schemaVersion: 1,
    frameworkRef: old.framework,
    title: old.title,
    period: { startMonth: old.period.start, endMonth: old.period.end, dueDate: old.period.due },
    language: old.language,
    profile,
    sections,
    archivedSections: [],
    attachments: {},
    status: old.status,
    createdAt: old.createdAt,
    updatedAt: old.updatedAt,
  };
  return upgraded;
}
