import { z } from 'zod';
import { publishedFrameworkSchema } from '../framework/schema';
import { featureIdSchema, reportIdSchema, reportSchema, sectionSchema } from '../report/schema';
import { deepStrict } from './deep-strict';
import type { JsonObject } from './json-value';
import { REPORT_DOC_TYPE, SECTION_DOC_TYPE } from './report-documents';

/**
 * The shapes of Ripoti's documents on the county server, derived from the report schema with
 * every object strict. The app checks each document it pulls against these, and the server's
 * validation function (docs/server-setup-validate.js) is generated from the same schemas, so
 * the two refuse exactly the same documents and cannot drift apart.
 */
export const MAX_FEATURE_IDS = 500;

export const serverManifestSchema = deepStrict(
  reportSchema.omit({ sections: true }).extend({
    type: z.literal(REPORT_DOC_TYPE),
    featureIds: z.array(featureIdSchema).max(MAX_FEATURE_IDS),
  }),
);

export const serverSectionSchema = deepStrict(
  z.object({
    type: z.literal(SECTION_DOC_TYPE),
    reportId: reportIdSchema,
    featureId: featureIdSchema,
    section: sectionSchema,
  }),
);

/** The role of the national office's accounts (docs/server-setup.sh): it reads every county and alone publishes the questions. */
export const NATIONAL_ROLE = 'ripoti-national';
export const FRAMEWORK_DOC_TYPE = 'ripoti-framework';

/** The report's questions as the national office publishes them in a county database: `framework:<framework id>`. */
export const serverFrameworkSchema = deepStrict(
  z.object({
    type: z.literal(FRAMEWORK_DOC_TYPE),
    framework: publishedFrameworkSchema,
  }),
);

export function frameworkDocId(frameworkId: string): string {
  return `framework:${frameworkId}`;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** Document ids Ripoti writes; the validation function uses the same patterns. */
export const DOCUMENT_ID_PATTERNS = {
  manifest: `^report:(${UUID})$`,
  section: `^report:(${UUID}):(\\d+(?:\\.\\d+)*)$`,
  attachment: '^attachment:[0-9a-f]{64}$',
  framework: '^framework:([A-Za-z0-9._-]{1,200})$',
} as const;

export type DocumentCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/**
 * Whether a document pulled from the server has the shape Ripoti writes under that id.
 * Fields starting with `_` are CouchDB's (revision, attachments, conflicts) and are not the
 * report's. A refusal names the first field at fault, for the officer's list of skipped copies.
 */
export function checkServerDocument(id: string, body: JsonObject): DocumentCheck {
  const content = withoutCouchFields(body);
  const manifest = new RegExp(DOCUMENT_ID_PATTERNS.manifest).exec(id);
  if (manifest) {
    if (content['id'] !== manifest[1]) return { ok: false, reason: 'its id does not match the document id' };
    return describe(serverManifestSchema.safeParse(content));
  }
  const section = new RegExp(DOCUMENT_ID_PATTERNS.section).exec(id);
  if (section) {
    if (content['reportId'] !== section[1] || content['featureId'] !== section[2])
      return { ok: false, reason: 'reportId and featureId do not match the document id' };
    return describe(serverSectionSchema.safeParse(content));
  }
  return { ok: false, reason: 'Ripoti does not store documents under that name' };
}

export function withoutCouchFields(body: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(body).filter(([key]) => !key.startsWith('_')));
}

function describe(result: { success: boolean; error?: z.ZodError }): DocumentCheck {
  if (result.success) return { ok: true };
  const issue = result.error?.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'the document';
  return { ok: false, reason: `${where}: ${issue?.message ?? 'not in the expected form'}` };
}
