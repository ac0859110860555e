import { z } from 'zod';
import { featureIdSchema, reportIdSchema, type Report } from '../../report/schema';
import { defineChannel } from '../channel';

export const SNAPSHOT_REASONS = [
  'export',
  'sync',
  'timed',
  'manual',
  'before-restore',
  'before-replace',
  'before-word-in',
  'answers',
  'before-questions-update',
] as const;
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];

/** Where the change a snapshot marks came from, when it came from outside: a Word file, a department's answers. */
export type SnapshotSource =
  | { readonly kind: 'word-file'; readonly fileName: string }
  | { readonly kind: 'department'; readonly department: string; readonly receivedAt: string };

/** One saved version of a report, as the History view lists it. */
export interface HistoryEntry {
  readonly id: string;
  readonly takenAt: string;
  readonly reason: SnapshotReason;
  readonly title: string;
  readonly reportUpdatedAt: string;
  /** Key Feature ids (and 'profile' / 'details') that changed since the version before. */
  readonly changed: readonly string[];
  readonly source?: SnapshotSource;
}

const snapshotIdSchema = z
  .string()
  .regex(/^[0-9TZ-]+-[a-z-]+$/)
  .max(80);

export const historyChannels = {
  listHistory: defineChannel<HistoryEntry[]>()('history:list', z.object({ reportId: reportIdSchema }).strict()),
  takeSnapshot: defineChannel<HistoryEntry | null>()(
    'history:snapshot',
    z.object({ reportId: reportIdSchema, reason: z.enum(SNAPSHOT_REASONS) }).strict(),
  ),
  restoreSnapshot: defineChannel<Report>()(
    'history:restore',
    z.object({ reportId: reportIdSchema, snapshotId: snapshotIdSchema }).strict(),
  ),
  carryForward: defineChannel<Report>()(
    'history:carry-forward',
    z
      .object({
        reportId: reportIdSchema,
        featureIds: z.array(featureIdSchema).max(500),
        title: z.string().max(200).optional(),
      })
      .strict(),
  ),
};
