import { z } from 'zod';
import { reportIdSchema, type ReportSummary } from '../../report/schema';
import { defineChannel } from '../channel';

/** What start-up recovery tells the officer (see electron/main/services/drafts/recovery-notice.ts). */
export interface RecoveryNoticeView {
  readonly kind: 'restored-older' | 'quarantined' | 'too-new' | 'folder-unusable';
  readonly reportId: string | null;
  readonly title: string | null;
  readonly restoredFrom: string | null;
  readonly movedTo: string | null;
  readonly message: string;
}

export type DraftImportResult =
  | { readonly status: 'imported'; readonly reportId: string }
  /** The report already exists: nothing was written; the officer chooses copy or replace. */
  | {
      readonly status: 'exists';
      readonly existing: ReportSummary;
      readonly incoming: ReportSummary;
      readonly changed: readonly string[];
    };

/**
 * Why a .ripoti file was refused, for the interface to say in the officer's language (a photo
 * inside it that is refused is a photo problem instead, naming the photo).
 */
export const DRAFT_FILE_PROBLEMS = ['not-a-draft-file', 'damaged', 'not-well-formed', 'too-new'] as const;
export type DraftFileProblem = (typeof DRAFT_FILE_PROBLEMS)[number];

/** A .ripoti file is at most this big (JSON + base64 attachments). */
export const MAX_DRAFT_FILE_BYTES = 200 * 1024 * 1024;

export const draftChannels = {
  recoveryNotices: defineChannel<RecoveryNoticeView[]>()('drafts:recovery-notices', z.object({}).strict()),
  exportDraftFile: defineChannel<{ fileName: string; base64: string }>()(
    'drafts:export-file',
    z.object({ reportId: reportIdSchema }).strict(),
  ),
  importDraftFile: defineChannel<DraftImportResult>()(
    'drafts:import-file',
    z
      .object({
        base64: z.string().max(Math.ceil((MAX_DRAFT_FILE_BYTES * 4) / 3) + 8),
        mode: z.enum(['ask', 'copy', 'replace']),
      })
      .strict(),
  ),
};
