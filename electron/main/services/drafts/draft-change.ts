import { RipotiError } from '@/shared/errors';
import type { Attachment, Profile, Report, Section } from '@/shared/report/schema';
import type { ReportMetaPatch } from '../reports/report-repository';

/**
 * One saved edit, as written to a draft's journal. Small on purpose: a keystroke in one
 * section costs that section's bytes on disk, not the whole report's.
 */
export type DraftChange =
  | { readonly kind: 'section'; readonly featureId: string; readonly section: Section; readonly savedAt: string }
  | { readonly kind: 'profile'; readonly profile: Profile; readonly savedAt: string }
  | { readonly kind: 'meta'; readonly patch: ReportMetaPatch; readonly savedAt: string }
  | { readonly kind: 'attachment'; readonly attachment: Attachment; readonly savedAt: string };

/** Applies a change to a report (pure): the same function replays the journal at start-up. */
export function applyChange(report: Report, change: DraftChange): Report {
  switch (change.kind) {
    case 'section':
      if (!(change.featureId in report.sections)) {
        throw new RipotiError('not-found', `Report ${report.id} has no Key Feature ${change.featureId}`);
      }
      return {
        ...report,
        sections: { ...report.sections, [change.featureId]: change.section },
        updatedAt: change.savedAt,
      };
    case 'profile':
      return { ...report, profile: change.profile, updatedAt: change.savedAt };
    case 'meta':
      return { ...report, ...change.patch, updatedAt: change.savedAt };
    case 'attachment':
      return {
        ...report,
        attachments: { ...report.attachments, [change.attachment.id]: change.attachment },
        updatedAt: change.savedAt,
      };
  }
}
