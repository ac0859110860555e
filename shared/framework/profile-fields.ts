import { z } from 'zod';
import { localizedTextSchema } from '../language';

/**
 * What kind of answer a profile question takes. The kind decides the check Finalise applies
 * (shared/report/profile-completeness.ts), the keyboard a tablet shows and how the Word file
 * writes the value; a framework file can add questions of these kinds without a new release.
 */
export const PROFILE_FIELD_KINDS = ['text', 'figure', 'email', 'web-address', 'phone', 'partial-date', 'year'] as const;
export const profileFieldKindSchema = z.enum(PROFILE_FIELD_KINDS);
export type ProfileFieldKind = z.infer<typeof profileFieldKindSchema>;

/** A profile question's id is also the key its answer is stored under in a draft's profile. */
export const profileFieldIdSchema = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]{0,39}$/, 'a profile field id is a camelCase word such as gdpPerCapitaCity');

/** Autofill hints a browser knows (HTML's autocomplete tokens); anything else would be ignored by it. */
const AUTOCOMPLETE_TOKENS = [
  'name',
  'organization',
  'organization-title',
  'email',
  'tel',
  'url',
  'country-name',
  'address-level1',
  'address-level2',
] as const;

export const profileFieldSchema = z
  .object({
    id: profileFieldIdSchema,
    label: localizedTextSchema,
    hint: localizedTextSchema.optional(),
    kind: profileFieldKindSchema,
    /** Finalise needs an answer; optional questions are checked only for their form when filled in. */
    required: z.boolean(),
    autoComplete: z.enum(AUTOCOMPLETE_TOKENS).optional(),
    /** Ids this question had in older framework versions: a renamed question keeps its answer. */
    formerIds: z.array(profileFieldIdSchema).max(20).optional(),
  })
  .strict();

export type ProfileField = z.infer<typeof profileFieldSchema>;
