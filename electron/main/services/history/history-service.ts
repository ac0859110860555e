import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { RipotiError } from '@/shared/errors';
import type { HistoryEntry, SnapshotReason, SnapshotSource } from '@/shared/ipc/channels/history';
import type { Report } from '@/shared/report/schema';
import type { DraftStore } from '../drafts/draft-store';
import { sha256, writeFileDurably } from '../drafts/durable-file';
import { storageError } from '../drafts/storage-error';
import { checkReport } from '../drafts/validate-draft';
import { changedParts, contentKey } from './report-changes';
import { timedSnapshotsToThin } from './thin-history';

interface StoredSnapshot extends HistoryEntry {
  readonly contentHash: string;
  readonly report: unknown;
}

export interface HistoryOptions {
  readonly intervalMinutes: () => number;
  readonly now?: () => string;
}

/**
 * Snapshots of whole reports in history/<reportId>/, one durable file each: on export, on
 * sync, before a restore or replace, and every few minutes of editing. Identical content is
 * stored once. Restoring first snapshots the current state, so a restore can itself be undone.
 */
export class HistoryService {
  private readonly lastTimed = new Map<string, number>();
  private readonly now: () => string;

  constructor(
    private readonly dataDir: string,
    private readonly store: DraftStore,
    private readonly options: HistoryOptions,
  ) {
    this.now = options.now ?? (() => new Date().toISOString());
    store.onSaved((report) => this.noteEdit(report));
  }

  private folder(reportId: string): string {
    return path.join(this.dataDir, 'history', reportId);
  }

  /** Takes a snapshot unless the latest one already has the same content; returns it or null. */
  async snapshot(reportId: string, reason: SnapshotReason): Promise<HistoryEntry | null> {
    return this.snapshotOf(await this.store.get(reportId), reason);
  }

  /**
   * `source` names where an outside change came from; `evenIfUnchanged` records the event
   * (answers received that changed nothing) although the content is the latest one's.
   */
  async snapshotOf(
    report: Report,
    reason: SnapshotReason,
    options: { source?: SnapshotSource; evenIfUnchanged?: boolean } = {},
  ): Promise<HistoryEntry | null> {
    const stored = await this.readAll(report.id);
    const latest = stored.at(-1);
    const contentHash = sha256(Buffer.from(contentKey(report)));
    if (latest?.contentHash === contentHash && !options.evenIfUnchanged) return null;
    const previous = latest ? checkReport(latest.report) : null;
    const takenAt = this.now();
    const id = `${takenAt.replace(/[:.]/g, '-')}-${reason}`;
    const changed = changedParts(previous?.ok ? previous.report : null, report);
    const entry: HistoryEntry = {
      id,
      takenAt,
      reason,
      title: report.title,
      reportUpdatedAt: report.updatedAt,
      changed,
      ...(options.source && { source: options.source }),
    };
    const snapshot: StoredSnapshot = { ...entry, contentHash, report };
    try {
      await mkdir(this.folder(report.id), { recursive: true });
      await writeFileDurably(path.join(this.folder(report.id), `${id}.json`), Buffer.from(JSON.stringify(snapshot)));
    } catch (error) {
      throw storageError(error, 'the history snapshot');
    }
    if (reason === 'timed') await this.thin(report.id, [...stored, snapshot]);
    return entry;
  }

  /** Newest first, each with its time, why it was taken and what changed since the one before. */
  async list(reportId: string): Promise<HistoryEntry[]> {
    return (await this.readAll(reportId))
      .reverse()
      .map(({ id, takenAt, reason, title, reportUpdatedAt, changed, source }) => ({
        id,
        takenAt,
        reason,
        title,
        reportUpdatedAt,
        changed,
        ...(source && { source }),
      }));
  }

  /** Puts a snapshot back as the current draft, after saving the current draft as a snapshot. */
  async restore(reportId: string, snapshotId: string): Promise<Report> {
    const snapshot = (await this.readAll(reportId)).find((candidate) => candidate.id === snapshotId);
    if (!snapshot) throw new RipotiError('not-found', `No saved version ${snapshotId} of this report.`);
    const check = checkReport(snapshot.report);
    if (!check.ok) throw new RipotiError('invalid-data', `That saved version cannot be opened (${check.detail}).`);
    await this.snapshot(reportId, 'before-restore');
    const restored: Report = { ...check.report, updatedAt: this.now() };
    await this.store.put(restored);
    return restored;
  }

  private async thin(reportId: string, snapshots: readonly StoredSnapshot[]): Promise<void> {
    for (const id of timedSnapshotsToThin(snapshots)) {
      await rm(path.join(this.folder(reportId), `${id}.json`), { force: true }).catch(() => undefined);
    }
  }

  /** Timed snapshots: the first save after `intervalMinutes` of editing takes one. */
  private noteEdit(report: Report): void {
    const now = Date.parse(this.now());
    const last = this.lastTimed.get(report.id);
    if (last === undefined) {
      this.lastTimed.set(report.id, now);
      return;
    }
    if (now - last < this.options.intervalMinutes() * 60_000) return;
    this.lastTimed.set(report.id, now);
    // A failed timed snapshot must not fail the officer's save; the next interval tries again.
    void this.snapshotOf(report, 'timed').catch(() => this.lastTimed.set(report.id, last));
  }

  private async readAll(reportId: string): Promise<StoredSnapshot[]> {
    let names: string[];
    try {
      names = (await readdir(this.folder(reportId))).filter((name) => name.endsWith('.json')).sort();
    } catch {
      return [];
    }
    const snapshots: StoredSnapshot[] = [];
    for (const name of names) {
      try {
        snapshots.push(JSON.parse(await readFile(path.join(this.folder(reportId), name), 'utf8')) as StoredSnapshot);
      } catch {
        // A damaged snapshot is skipped, not deleted: the others stay usable.
      }
    }
    return snapshots.sort((a, b) => a.takenAt.localeCompare(b.takenAt) || a.id.localeCompare(b.id));
  }
}
