import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { RipotiError } from '@/shared/errors';
import type { Attachment, Profile, Report, ReportSummary, Section } from '@/shared/report/schema';
import type { ReportMetaPatch, ReportRepository, SaveReceipt } from '../reports/report-repository';
import { summarizeReport } from '../reports/summarize';
import { applyChange, type DraftChange } from './draft-change';
import { DraftFolder, type LoadedDraft } from './draft-folder';
import { syncDirectory } from './durable-file';
import { appendRecord } from './journal';
import { recoverDrafts } from './recover-drafts';
import type { RecoveryNotice } from './recovery-notice';
import { storageError } from './storage-error';

/** The journal is folded into the base once it outgrows this or twice the base, whichever is larger. */
const COMPACT_AT_BYTES = 256 * 1024;

interface OpenDraft extends LoadedDraft {
  readonly folder: DraftFolder;
}

export interface DraftStoreOptions {
  readonly now?: () => string;
  /** Journal size that triggers compaction (tests lower it to exercise compaction often). */
  readonly compactAtBytes?: number;
}

/**
 * Report drafts on disk, durably. Each save appends a section-sized record to the draft's
 * journal and fsyncs it before resolving; now and then the journal is compacted into a new
 * base file written with the full durable-write procedure. A failed save rejects with a
 * RipotiError and changes nothing, on disk or in memory. See docs/drafts-design.md.
 */
export class DraftStore implements ReportRepository {
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly listeners = new Set<(report: Report) => void>();

  private constructor(
    readonly dataDir: string,
    private readonly drafts: Map<string, OpenDraft>,
    readonly recoveryNotices: readonly RecoveryNotice[],
    private readonly now: () => string,
    private readonly compactAtBytes: number,
  ) {}

  /** Opens the store: cleans stale temp files, validates every draft, quarantines damaged ones. */
  static async open(dataDir: string, options: DraftStoreOptions = {}): Promise<DraftStore> {
    const now = options.now ?? (() => new Date().toISOString());
    const recovered = await recoverDrafts(dataDir, now().replace(/[:.]/g, '-'));
    const drafts = new Map<string, OpenDraft>();
    for (const [id, draft] of recovered.drafts)
      drafts.set(id, { ...draft, folder: new DraftFolder(path.join(dataDir, 'drafts', id)) });
    return new DraftStore(dataDir, drafts, recovered.notices, now, options.compactAtBytes ?? COMPACT_AT_BYTES);
  }

  /** Called after every durable save (history uses it for its timed snapshots). */
  onSaved(listener: (report: Report) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  list(): Promise<ReportSummary[]> {
    const summaries = [...this.drafts.values()].map((draft) => summarizeReport(draft.report));
    return Promise.resolve(summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)));
  }

  get(id: string): Promise<Report> {
    const draft = this.drafts.get(id);
    if (!draft) return Promise.reject(new RipotiError('not-found', `No report with id ${id}`));
    return Promise.resolve(structuredClone(draft.report));
  }

  has(id: string): boolean {
    return this.drafts.has(id);
  }

  put(report: Report): Promise<SaveReceipt> {
    return this.serially(report.id, async () => {
      const previous = this.drafts.get(report.id);
      const folder = previous?.folder ?? new DraftFolder(path.join(this.dataDir, 'drafts', report.id));
      // A sequence past every journal record makes the old journal irrelevant even if a crash keeps it.
      const seq = (previous?.seq ?? 0) + 1;
      try {
        await mkdir(path.dirname(folder.directory), { recursive: true });
        const baseBytes = await folder.writeBase(report, seq);
        this.commit({ folder, report: structuredClone(report), seq, baseBytes, journalBytes: 0 });
      } catch (error) {
        throw storageError(error, `"${report.title}"`);
      }
      return { reportId: report.id, savedAt: report.updatedAt };
    });
  }

  updateSection(reportId: string, featureId: string, section: Section, savedAt: string): Promise<SaveReceipt> {
    return this.change(reportId, { kind: 'section', featureId, section, savedAt });
  }

  updateProfile(reportId: string, profile: Profile, savedAt: string): Promise<SaveReceipt> {
    return this.change(reportId, { kind: 'profile', profile, savedAt });
  }

  updateMeta(reportId: string, patch: ReportMetaPatch, savedAt: string): Promise<SaveReceipt> {
    return this.change(reportId, { kind: 'meta', patch, savedAt });
  }

  /** Records an attachment (already stored by the attachments service) in the report. */
  addAttachment(reportId: string, attachment: Attachment): Promise<SaveReceipt> {
    return this.change(reportId, { kind: 'attachment', attachment, savedAt: this.now() });
  }

  /** Moves the draft to trash/ rather than deleting it: an officer's mistake stays recoverable. */
  delete(reportId: string): Promise<void> {
    return this.serially(reportId, async () => {
      const draft = this.existing(reportId);
      const trash = path.join(this.dataDir, 'trash');
      try {
        await mkdir(trash, { recursive: true });
        await rename(draft.folder.directory, path.join(trash, `${reportId}-${this.now().replace(/[:.]/g, '-')}`));
        await syncDirectory(path.dirname(draft.folder.directory));
      } catch (error) {
        throw storageError(error, `the removal of "${draft.report.title}"`);
      }
      this.drafts.delete(reportId);
    });
  }

  private change(reportId: string, change: DraftChange): Promise<SaveReceipt> {
    return this.serially(reportId, async () => {
      const draft = this.existing(reportId);
      const next = applyChange(draft.report, structuredClone(change));
      const seq = draft.seq + 1;
      let journalBytes: number;
      try {
        journalBytes = await appendRecord(draft.folder.journalFile, draft.journalBytes, { seq, change });
      } catch (error) {
        throw storageError(error, 'your last change');
      }
      this.commit({ ...draft, report: next, seq, journalBytes });
      await this.compactIfDue(reportId);
      return { reportId, savedAt: change.savedAt };
    });
  }

  /** The change is already durable in the journal, so a failed compaction only postpones it. */
  private async compactIfDue(reportId: string): Promise<void> {
    const draft = this.existing(reportId);
    if (draft.journalBytes < Math.max(this.compactAtBytes, 2 * draft.baseBytes)) return;
    try {
      const baseBytes = await draft.folder.writeBase(draft.report, draft.seq);
      this.drafts.set(reportId, { ...draft, baseBytes, journalBytes: 0 });
    } catch {
      // Disk full during compaction: keep appending; the next save tries again.
    }
  }

  private commit(draft: OpenDraft): void {
    this.drafts.set(draft.report.id, draft);
    for (const listener of this.listeners) listener(draft.report);
  }

  private existing(id: string): OpenDraft {
    const draft = this.drafts.get(id);
    if (!draft) throw new RipotiError('not-found', `No report with id ${id}`);
    return draft;
  }

  /** One save at a time per report, so journal appends never interleave. */
  private serially<T>(reportId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(reportId) ?? Promise.resolve();
    const next = previous.then(task, task);
    this.queues.set(
      reportId,
      next.catch(() => undefined),
    );
    return next;
  }
}
