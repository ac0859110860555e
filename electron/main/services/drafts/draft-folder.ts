import { link, mkdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '@/shared/report/schema';
import { applyChange } from './draft-change';
import { syncDirectory, writeFileDurably } from './durable-file';
import { cutTornTail, readJournal } from './journal';
import { isMissing } from './storage-error';
import { checkReport, parseJson, type DraftCheck } from './validate-draft';

/** How many earlier compacted versions each draft keeps (report.1.json … report.N.json). */
export const KEPT_VERSIONS = 3;

/**
 * One report's folder: `report.json` (the compacted base, with the journal sequence it
 * includes), `journal.log` (section-sized changes since then) and the last good bases.
 */
export class DraftFolder {
  constructor(readonly directory: string) {}

  get baseFile(): string {
    return path.join(this.directory, 'report.json');
  }
  get journalFile(): string {
    return path.join(this.directory, 'journal.log');
  }
  versionFile(n: number): string {
    return path.join(this.directory, `report.${n}.json`);
  }

  /** Writes a new base durably, keeping the previous ones, then starts an empty journal. */
  async writeBase(report: Report, appliedSeq: number): Promise<number> {
    await mkdir(this.directory, { recursive: true });
    await this.keepPreviousVersions();
    const bytes = Buffer.from(JSON.stringify({ appliedSeq, report }), 'utf8');
    await writeFileDurably(this.baseFile, bytes);
    await writeFileDurably(this.journalFile, new Uint8Array(0));
    await syncDirectory(path.dirname(this.directory));
    return bytes.length;
  }

  private async keepPreviousVersions(): Promise<void> {
    await rm(this.versionFile(KEPT_VERSIONS), { force: true });
    for (let n = KEPT_VERSIONS - 1; n >= 1; n -= 1) {
      await rename(this.versionFile(n), this.versionFile(n + 1)).catch((error: unknown) => {
        if (!isMissing(error)) throw error;
      });
    }
    // A hard link keeps the current base as version 1 at no cost in bytes.
    await link(this.baseFile, this.versionFile(1)).catch((error: unknown) => {
      if (!isMissing(error)) throw error;
    });
  }

  /** Reads one base file: the report it holds and the last journal sequence folded into it. */
  async readBase(file: string): Promise<{ check: DraftCheck; appliedSeq: number; bytes: number }> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? String(error.code) : 'error';
      return {
        check: { ok: false, reason: 'unreadable', detail: `cannot be read (${code})` },
        appliedSeq: 0,
        bytes: 0,
      };
    }
    const json = parseJson(text);
    if (!json.ok)
      return { check: { ok: false, reason: 'unreadable', detail: json.detail }, appliedSeq: 0, bytes: text.length };
    const stored = json.value as { appliedSeq?: unknown; report?: unknown } | null;
    const appliedSeq = typeof stored?.appliedSeq === 'number' ? stored.appliedSeq : 0;
    return { check: checkReport(stored?.report), appliedSeq, bytes: Buffer.byteLength(text) };
  }

  /** The base plus every intact journal record after it, checked against the schema. */
  async load(baseFile = this.baseFile): Promise<LoadedDraft | { failed: DraftCheck & { ok: false } }> {
    const base = await this.readBase(baseFile);
    if (!base.check.ok) return { failed: base.check };
    const journal = await readJournal(this.journalFile);
    if (journal.totalBytes > journal.intactBytes) await cutTornTail(this.journalFile, journal.intactBytes);
    let report = base.check.report;
    let seq = base.appliedSeq;
    for (const record of journal.records) {
      if (record.seq <= base.appliedSeq) continue; // already folded into this base
      if (record.seq !== seq + 1) break; // a gap: this base is older than the journal
      report = applyChange(report, record.change);
      seq = record.seq;
    }
    const check = checkReport(report);
    if (!check.ok) return { failed: check };
    return { report: check.report, seq, baseBytes: base.bytes, journalBytes: journal.intactBytes };
  }
}

export interface LoadedDraft {
  readonly report: Report;
  readonly seq: number;
  readonly baseBytes: number;
  readonly journalBytes: number;
}
