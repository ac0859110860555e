import { z } from 'zod';
import { localizedTextSchema, type LocalizedText } from '../language';

const idPattern = /^\d+(\.\d+)*$/;

export const keyFeatureSchema = z.object({
  id: z.string().regex(idPattern),
  title: localizedTextSchema,
  /** Measures worth reporting, in the framework's languages; a plain string (older framework files) is English only. */
  suggestedMeasures: z.array(z.union([localizedTextSchema, z.string().min(1).transform((en): LocalizedText => ({ en }))])).default([]),
  /** Ids this feature had in older framework versions (renames and merges keep their text). */
  formerIds: z.array(z.string().regex(idPattern)).optional(),
});

export const areaSchema = z.object({
  id: z.string().regex(idPattern),
  title: localizedTextSchema,
  features: z.array(keyFeatureSchema).min(1),
});

export const tierSchema = z.object({
  id: z.string().regex(idPattern),
  title: localizedTextSchema,
  areas: z.array(areaSchema).min(1),
});

export const wordLimitsSchema = z.object({
  narrativeWords: z.number().int().positive(),
  goodPracticeWords: z.number().int().positive(),
  challengesWords: z.number().int().positive(),
  nextStepsWords: z.number().int().positive(),
});

export const frameworkSchema = z
  .object({
    id: z.string().min(1),
    version: z.string().min(1),
    title: localizedTextSchema,
    verification: z.record(z.string(), z.string()).optional(),
    limits: wordLimitsSchema,
    tiers: z.array(tierSchema).min(1),
  })
  .superRefine((framework, context) => {
    const seen = new Set<string>();
    for (const tier of framework.tiers) {
      for (const area of tier.areas) {
        for (const feature of area.features) {
          if (seen.has(feature.id)) {
            context.addIssue({ code: 'custom', message: `Key Feature id ${feature.id} appears twice` });
          }
          seen.add(feature.id);
          if (!feature.id.startsWith(`${area.id}.`)) {
            context.addIssue({ code: 'custom', message: `Key Feature ${feature.id} is not numbered under its area ${area.id}` });
          }
        }
      }
    }
  });

export type KeyFeature = z.infer<typeof keyFeatureSchema>;
export type Area = z.infer<typeof areaSchema>;
export type Tier = z.infer<typeof tierSchema>;
export type WordLimits = z.infer<typeof wordLimitsSchema>;
export type Framework = z.infer<typeof frameworkSchema>;
export interface FrameworkRef {
  readonly id: string;
  readonly version: string;
}
