import { z } from 'zod';
import { languageSchema } from '../language';

/**
 * The report as stored in a draft. Drafts are allowed to be incomplete and even wrong
 * (a measure typed as "12,5" stays as typed): only Finalise applies the strict rules in
 * completeness.ts. The schema here only guards shape and size, so that nothing the officer
 * typed is ever rejected on save.
 */
export const CURRENT_SCHEMA_VERSION = 2;
// Format 2 (issue 20): the profile keeps an answer for every question a framework asks, not a
// fixed twelve. An older Ripoti would drop the answers it does not know on its next save, so
// it must refuse a format-2 draft ("saved by a newer version") rather than open it.

/** Generous caps: a pasted 1 MB document must fit; a runaway 100 MB string must not. */
export const MAX_LONG_TEXT = 2_000_000;
export const MAX_SHORT_TEXT = 2_000;

const longText = z.string().max(MAX_LONG_TEXT);
const shortText = z.string().max(MAX_SHORT_TEXT);
const isoTimestamp = z.iso.datetime({ offset: true });
const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;
export const entityIdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9._:-]+$/);
export const reportIdSchema = z.uuid();
export const featureIdSchema = z
  .string()
  .regex(/^\d+(\.\d+)*$/)
  .max(20);

export const SECTION_STATUSES = ['not-started', 'in-progress', 'complete', 'not-applicable'] as const;
export const sectionStatusSchema = z.enum(SECTION_STATUSES);

export const measureRowSchema = z.object({
  id: entityIdSchema,
  indicator: shortText,
  unit: shortText,
  baseline: shortText,
  current: shortText,
  target: shortText,
  source: shortText,
});

export const evidenceRefSchema = z.object({
  attachmentId: entityIdSchema,
  caption: shortText,
});

export const sectionSchema = z.object({
  status: sectionStatusSchema,
  notApplicableReason: longText,
  narrative: longText,
  actions: longText,
  measures: z.array(measureRowSchema).max(200),
  goodPractice: longText,
  challenges: longText,
  nextSteps: longText,
  sdgTargets: z.array(z.string().regex(/^\d{1,2}\.[0-9a-z]{1,2}$/)).max(169),
  evidence: z.array(evidenceRefSchema).max(100),
  updatedAt: isoTimestamp,
});

/** At most this many answers in a profile: every question a framework ever asked, with room to spare. */
export const MAX_PROFILE_ANSWERS = 200;
const profileKeyPattern = /^[a-z][A-Za-z0-9]{0,39}$/;

/**
 * The city's answers to the framework's profile questions, by question id. The questions are
 * framework data (shared/framework/profile-fields.ts), so a new framework can ask more without
 * a new release; the twelve every framework has asked so far are named here because the Word
 * cover and the reports list read them. Answers to questions a newer framework no longer asks
 * stay in the draft (format 2 and later keep every key), shown apart and never dropped.
 */
export const NAMED_PROFILE_FIELDS: readonly string[] = [
  'city',
  'county',
  'country',
  'population',
  'areaKm2',
  'website',
  'leaderName',
  'leaderTitle',
  'focalPointName',
  'focalPointEmail',
  'focalPointPhone',
  'membershipDate',
];

export const profileSchema = z
  .object({
    city: shortText,
    county: shortText,
    country: shortText,
    population: shortText,
    areaKm2: shortText,
    website: shortText,
    leaderName: shortText,
    leaderTitle: shortText,
    focalPointName: shortText,
    focalPointEmail: shortText,
    focalPointPhone: shortText,
    membershipDate: shortText,
  })
  .catchall(shortText)
  .superRefine((profile, context) => {
    const keys = Object.keys(profile);
    if (keys.length > MAX_PROFILE_ANSWERS)
      context.addIssue({ code: 'custom', message: `a profile holds at most ${MAX_PROFILE_ANSWERS} answers` });
    for (const key of keys)
      if (!profileKeyPattern.test(key))
        context.addIssue({
          code: 'custom',
          message: `"${key.slice(0, 50)}" is not a profile question id`,
          path: [key],
        });
  });

export const periodSchema = z.object({
  startMonth: z.string().regex(monthPattern),
  endMonth: z.string().regex(monthPattern),
  dueDate: z.iso.date(),
});

export const attachmentSchema = z.object({
  /** Content digest (sha256, hex): the same photo is stored and sent once. */
  id: z.string().regex(/^[a-f0-9]{64}$/),
  fileName: shortText,
  mediaType: z.string().max(100),
  byteLength: z.number().int().nonnegative(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  addedAt: isoTimestamp,
});

/** Text of a Key Feature that a newer framework removed: kept and shown, never dropped. */
export const archivedSectionSchema = z.object({
  featureId: featureIdSchema,
  title: shortText,
  frameworkVersion: shortText,
  section: sectionSchema,
});

/**
 * Text from an imported Word file that the officer did not map to a Key Feature ("Other / not
 * mapped"): kept with the report, shown and exported as its annex, never dropped.
 */
export const annexEntrySchema = z.object({
  id: entityIdSchema,
  heading: shortText,
  text: longText,
  evidence: z.array(evidenceRefSchema).max(100),
  /** The file it came from, as the officer named it. */
  source: shortText,
  addedAt: isoTimestamp,
});

export const reportSchema = z.object({
  id: reportIdSchema,
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  frameworkRef: z.object({ id: z.string().min(1).max(200), version: z.string().min(1).max(100) }),
  title: shortText,
  period: periodSchema,
  language: languageSchema,
  profile: profileSchema,
  sections: z.record(featureIdSchema, sectionSchema),
  archivedSections: z.array(archivedSectionSchema).max(500),
  attachments: z.record(z.string(), attachmentSchema),
  status: z.enum(['draft', 'final']),
  carriedForwardFrom: reportIdSchema.optional(),
  /** Started from a Word file (last cycle's report typed elsewhere): its name and when. */
  importedFrom: z.object({ fileName: shortText, importedAt: isoTimestamp }).optional(),
  annex: z.array(annexEntrySchema).max(2_000).optional(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

export type SectionStatus = z.infer<typeof sectionStatusSchema>;
export type MeasureRow = z.infer<typeof measureRowSchema>;
export type EvidenceRef = z.infer<typeof evidenceRefSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Profile = z.infer<typeof profileSchema>;
export type ReportingPeriod = z.infer<typeof periodSchema>;
export type Attachment = z.infer<typeof attachmentSchema>;
export type ArchivedSection = z.infer<typeof archivedSectionSchema>;
export type AnnexEntry = z.infer<typeof annexEntrySchema>;
export type Report = z.infer<typeof reportSchema>;

/** What the Reports list shows without loading every draft. */
export interface ReportSummary {
  readonly id: string;
  readonly title: string;
  readonly county: string;
  readonly period: ReportingPeriod;
  readonly status: Report['status'];
  readonly completeness: number;
  readonly updatedAt: string;
}
