import { z } from 'zod';
import type { Framework } from '../../framework/schema';
import { languageSchema } from '../../language';
import type { SaveReceipt } from '../../report/save-receipt';
import {
  featureIdSchema,
  periodSchema,
  profileSchema,
  reportIdSchema,
  reportSchema,
  sectionSchema,
  type Report,
  type ReportSummary,
} from '../../report/schema';
import { defineChannel } from '../channel';

const byId = z.object({ id: reportIdSchema }).strict();

export const reportMetaPatchSchema = z
  .object({
    title: z.string().max(2_000).optional(),
    period: periodSchema.optional(),
    language: languageSchema.optional(),
    status: z.enum(['draft', 'final']).optional(),
  })
  .strict();

export const reportChannels = {
  /** The framework main loaded (bundled, or a county's corrected file): the form renders from it. */
  getFramework: defineChannel<Framework>()('framework:get', z.object({}).strict()),
  listReports: defineChannel<ReportSummary[]>()('reports:list', z.object({}).strict()),
  createReport: defineChannel<Report>()(
    'reports:create',
    z
      .object({
        title: z.string().max(200).optional(),
        county: z.string().max(200).optional(),
        language: languageSchema.optional(),
        period: periodSchema.optional(),
      })
      .strict(),
  ),
  getReport: defineChannel<Report>()('reports:get', byId),
  /** Autosave of one Key Feature's section: costs what the section costs, not the report. */
  updateSection: defineChannel<SaveReceipt>()(
    'reports:update-section',
    z.object({ reportId: reportIdSchema, featureId: featureIdSchema, section: sectionSchema }).strict(),
  ),
  updateProfile: defineChannel<SaveReceipt>()(
    'reports:update-profile',
    z.object({ reportId: reportIdSchema, profile: profileSchema }).strict(),
  ),
  /** Title, period, language, and draft/final (final only when the Finalise rules pass). */
  updateReportMeta: defineChannel<SaveReceipt>()(
    'reports:update-meta',
    z.object({ reportId: reportIdSchema, patch: reportMetaPatchSchema }).strict(),
  ),
  deleteReport: defineChannel<null>()('reports:delete', byId),
  /** Puts back a report exactly as it was, for "Undo" right after a delete. */
  restoreReport: defineChannel<SaveReceipt>()('reports:restore', z.object({ report: reportSchema }).strict()),
  /** A copy under a new id; the renderer passes the (translated) title of the copy. */
  duplicateReport: defineChannel<Report>()(
    'reports:duplicate',
    z.object({ id: reportIdSchema, title: z.string().max(2_000).optional() }).strict(),
  ),
};
