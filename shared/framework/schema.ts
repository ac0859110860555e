import { z } from 'zod';
import { localizedTextSchema, type LocalizedText } from '../language';
import { profileFieldSchema } from './profile-fields';
import { publisherSchema, sourceProblems, sourceSchema } from './source';

export type { ProfileField, ProfileFieldKind } from './profile-fields';
export type { FrameworkSource, Publisher } from './source';

const idPattern = /^\d+(\.\d+)*$/;

/** Marks a file as Ripoti's questions, so that any other JSON is refused by name rather than by a schema error. */
export const FRAMEWORK_FORMAT = 'ripoti-framework';
/** The layout of the file itself; a newer layout is refused with "update Ripoti", never guessed at. */
export const FRAMEWORK_FORMAT_VERSION = 1;

export const wordLimitsSchema = z
  .object({
    narrativeWords: z.number().int().positive().max(100_000),
    goodPracticeWords: z.number().int().positive().max(100_000),
    challengesWords: z.number().int().positive().max(100_000),
    nextStepsWords: z.number().int().positive().max(100_000),
  })
  .strict();

export const keyFeatureSchema = z
  .object({
    id: z.string().regex(idPattern).max(20),
    title: localizedTextSchema,
    /** What UNESCO wants to read under this Key Feature, shown to the officer beside the questions. */
    guidance: localizedTextSchema.optional(),
    /** Measures worth reporting, in the framework's languages; a plain string (older framework files) is English only. */
    suggestedMeasures: z
      .array(
        z.union([
          localizedTextSchema,
          z
            .string()
            .min(1)
            .transform((en): LocalizedText => ({ en })),
        ]),
      )
      .max(50)
      .default([]),
    /** Word limits of this Key Feature's answers where they differ from the framework's. */
    limits: wordLimitsSchema.partial().optional(),
    /** Ids this feature had in older framework versions (renames and merges keep their text). */
    formerIds: z.array(z.string().regex(idPattern).max(20)).max(20).optional(),
  })
  .strict();

export const areaSchema = z
  .object({
    id: z.string().regex(idPattern).max(20),
    title: localizedTextSchema,
    features: z.array(keyFeatureSchema).min(1).max(100),
  })
  .strict();

export const tierSchema = z
  .object({
    id: z.string().regex(idPattern).max(20),
    title: localizedTextSchema,
    areas: z.array(areaSchema).min(1).max(50),
  })
  .strict();

const frameworkShape = z
  .object({
    $comment: z.string().max(2_000).optional(),
    format: z.literal(FRAMEWORK_FORMAT),
    formatVersion: z.literal(FRAMEWORK_FORMAT_VERSION),
    id: z.string().min(1).max(200),
    version: z
      .string()
      .min(1)
      .max(100)
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'a version is letters, digits, dots and dashes'),
    /** Versions this one replaces: a file of one of them is older than this and is refused. */
    replaces: z.array(z.string().min(1).max(100)).max(200).default([]),
    publisher: publisherSchema,
    source: sourceSchema,
    title: localizedTextSchema,
    verification: z.record(z.string(), z.string().max(2_000)).optional(),
    limits: wordLimitsSchema,
    /** The questions about the city (the profile step and the Word file's profile table), in order. */
    profile: z.array(profileFieldSchema).min(1).max(100),
    tiers: z.array(tierSchema).min(1).max(20),
  })
  .strict();

export const frameworkSchema = frameworkShape.superRefine((framework, context) => {
  const issue = (message: string) => context.addIssue({ code: 'custom', message });
  const seen = new Set<string>();
  const claimed = new Map<string, string>();
  for (const tier of framework.tiers) {
    for (const area of tier.areas) {
      for (const feature of area.features) {
        if (seen.has(feature.id)) issue(`Key Feature id ${feature.id} appears twice`);
        seen.add(feature.id);
        if (!feature.id.startsWith(`${area.id}.`))
          issue(`Key Feature ${feature.id} is not numbered under its area ${area.id}`);
        for (const formerId of feature.formerIds ?? []) {
          const other = claimed.get(formerId);
          // One old answer cannot move to two places: it would be copied, and edited twice.
          if (other !== undefined)
            issue(`Key Features ${other} and ${feature.id} both take the text of former ${formerId}`);
          claimed.set(formerId, feature.id);
        }
      }
    }
  }
  const profileIds = new Set<string>();
  for (const field of framework.profile) {
    if (profileIds.has(field.id)) issue(`profile field ${field.id} appears twice`);
    profileIds.add(field.id);
  }
  for (const problem of sourceProblems(framework.version, framework.source)) issue(problem);
});

/**
 * The questions as the national office publishes them in a county database: the same fields
 * with nothing the JSON-Schema interpreter of the server's validation function cannot read (no
 * plain-string measures, no defaults, no transforms). The server checks this shape and who
 * writes; the app checks everything else (ids, numbering, the paraphrase rule) with
 * frameworkSchema when it reads the document, so a document the server let through can still
 * be refused, with the reason, before anything changes.
 */
const publishedFeatureSchema = keyFeatureSchema.extend({ suggestedMeasures: z.array(localizedTextSchema).max(50) });
const publishedAreaSchema = areaSchema.extend({ features: z.array(publishedFeatureSchema).min(1).max(100) });
const publishedTierSchema = tierSchema.extend({ areas: z.array(publishedAreaSchema).min(1).max(50) });
export const publishedFrameworkSchema = frameworkShape.extend({
  replaces: z.array(z.string().min(1).max(100)).max(200),
  tiers: z.array(publishedTierSchema).min(1).max(20),
});

export type KeyFeature = z.infer<typeof keyFeatureSchema>;
export type Area = z.infer<typeof areaSchema>;
export type Tier = z.infer<typeof tierSchema>;
export type WordLimits = z.infer<typeof wordLimitsSchema>;
export type Framework = z.infer<typeof frameworkSchema>;
export type FrameworkInput = z.input<typeof frameworkSchema>;
export interface FrameworkRef {
  readonly id: string;
  readonly version: string;
}

/**
 * The limits that hold for one Key Feature's answers: its own where it sets them, else the
 * framework's (the same object then, so a memoised form is not redrawn for a new copy).
 */
export function limitsOf(
  framework: Pick<Framework, 'limits'>,
  feature: Pick<KeyFeature, 'limits'> | undefined,
): WordLimits {
  return feature?.limits ? { ...framework.limits, ...feature.limits } : framework.limits;
}
