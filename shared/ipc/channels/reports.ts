import { z } from 'zod';
import { languageSchema } from '../../language';
import { reportIdSchema, periodSchema, type Report, type ReportSummary } from '../../report/schema';
import { defineChannel } from '../channel';

export const reportChannels = {
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
  getReport: defineChannel<Report>()('reports:get', z.object({ id: reportIdSchema }).strict()),
};
