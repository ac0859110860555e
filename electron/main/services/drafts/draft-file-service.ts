import type { DraftImportResult } from '@/shared/ipc/channels/drafts';
import type { Report } from '@/shared/report/schema';
import type { AttachmentStore } from '../attachments/attachment-store';
import type { HistoryService } from '../history/history-service';
import { changedParts } from '../history/report-changes';
import { summarizeReport } from '../reports/summarize';
import type { DraftStore } from './draft-store';
import { decodeRipotiFile, encodeRipotiFile } from './ripoti-file';

/** Moving a draft by flash drive: export to one .ripoti file, import it back without surprises. */
export class DraftFileService {
  constructor(
    private readonly store: DraftStore,
    private readonly attachments: AttachmentStore,
    private readonly history: HistoryService,
    private readonly options: { appVersion: string; now: () => string; newId: () => string },
  ) {}

  async exportFile(reportId: string): Promise<{ fileName: string; bytes: Buffer }> {
    const report = await this.store.get(reportId);
    const bytes = new Map<string, Uint8Array>();
    for (const id of Object.keys(report.attachments)) bytes.set(id, await this.attachments.read(id));
    const safeTitle =
      report.title
        .replace(/[^\p{L}\p{N} _-]+/gu, '')
        .trim()
        .replace(/\s+/g, '-')
        .slice(0, 60) || 'report';
    return {
      fileName: `${safeTitle}.ripoti`,
      bytes: encodeRipotiFile(report, bytes, this.options.appVersion, this.options.now()),
    };
  }

  /**
   * 'ask' never writes over an existing report: it answers 'exists' with a comparison.
   * 'copy' imports under a new id; 'replace' snapshots the existing report first.
   */
  async importFile(bytes: Uint8Array, mode: 'ask' | 'copy' | 'replace'): Promise<DraftImportResult> {
    const contents = decodeRipotiFile(bytes);
    let report: Report = contents.report;
    if (this.store.has(report.id)) {
      const existing = await this.store.get(report.id);
      if (mode === 'ask') {
        return {
          status: 'exists',
          existing: summarizeReport(existing),
          incoming: summarizeReport(report),
          changed: changedParts(existing, report),
        };
      }
      if (mode === 'copy') report = { ...report, id: this.options.newId(), title: `${report.title} (copy)` };
      else await this.history.snapshotOf(existing, 'before-replace');
    }
    // decodeRipotiFile has matched every carried attachment to the report's record of it; each
    // photo now passes the attachment store's checks (header, then a photo thread) before the
    // report is stored, so a refused photo leaves no report behind.
    for (const [id, data] of contents.attachments) {
      const attachment = report.attachments[id];
      if (attachment) await this.attachments.addKnown(id, data, attachment.fileName, attachment.mediaType);
    }
    await this.store.put(report);
    return { status: 'imported', reportId: report.id };
  }
}
