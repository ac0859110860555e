import { z } from 'zod';
import { reportIdSchema } from '../../report/schema';
import { defineChannel } from '../channel';
import { defineJob } from '../job';
import { exportOptionsSchema, exportWarningSchema } from './export';

/** E-mail friendly: most county mailboxes take attachments up to 5–10 MB. */
export const DEFAULT_PACKAGE_MEGABYTES = 5;

const photoSize = z.object({ longSide: z.number().int().nonnegative(), bytes: z.number().int().nonnegative() });

/** A photo made smaller to fit: its size before and after, and the JPEG quality it was saved at. */
export const photoChangeSchema = z.object({
  name: z.string(),
  before: photoSize,
  after: photoSize.extend({ quality: z.number().int().min(1).max(100) }),
});
export type PhotoChange = z.infer<typeof photoChangeSchema>;

/** What "Prepare for sending" wrote, and what it had to change to fit. */
export const sendingPackageSchema = z.object({
  folder: z.string(),
  files: z.array(z.object({ name: z.string(), byteLength: z.number().int().nonnegative() })),
  totalBytes: z.number().int().nonnegative(),
  limitBytes: z.number().int().nonnegative(),
  fits: z.boolean(),
  /** Each photo that was saved again smaller; empty when everything fitted as it was. */
  photos: z.array(photoChangeSchema),
  warnings: z.array(exportWarningSchema),
});
export type SendingPackage = z.infer<typeof sendingPackageSchema>;

/** Where the package has got to; the window words each code (locales: `sending.steps.<code>`). */
export const sendingStepSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('building') }),
  z.object({ code: z.literal('measuring-text') }),
  z.object({ code: z.literal('fitting-photo'), photo: z.number().int(), photos: z.number().int() }),
  z.object({ code: z.literal('checking') }),
  z.object({ code: z.literal('writing') }),
]);
export type SendingStep = z.infer<typeof sendingStepSchema>;

export const sendingJob = defineJob({
  step: sendingStepSchema,
  firstStep: { code: 'building' },
  result: sendingPackageSchema,
});

export const sendingChannels = {
  /**
   * "Prepare for sending": asks where, then writes the final .docx, its PDF and a manifest,
   * photos saved smaller until all fit in `maxMegabytes`, as a job (cancellable).
   */
  startSending: defineChannel<{ readonly jobId: string | null }>()(
    'sending:start',
    z
      .object({ reportId: reportIdSchema, options: exportOptionsSchema, maxMegabytes: z.number().min(1).max(100) })
      .strict(),
  ),
};
