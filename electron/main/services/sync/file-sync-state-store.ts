import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { RipotiError } from '@/shared/errors';
import { reportIdSchema } from '@/shared/report/schema';
import { writeFileDurably } from '../drafts/durable-file';
import { migrateFirstSyncRecord } from './migrate-sync-state';
import { emptySyncState, syncStateSchema, type SyncState, type SyncStateStore } from './sync-state';

/**
 * One JSON file per report in `<dataDir>/sync/`, written with the drafts' durable writer. A
 * record that cannot be read is never reset silently: it is moved to `sync/damaged/` (kept for
 * whoever wants to look), and a fresh record saying so is written at once. Starting without a
 * merge base loses nothing: the next sync compares this computer's values with the server's
 * and shows every field that differs as a conflict.
 */
export class FileSyncStateStore implements SyncStateStore {
  constructor(
    private readonly folder: string,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  async load(reportId: string): Promise<SyncState> {
    const file = this.fileOf(reportId);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptySyncState(reportId);
      throw new RipotiError('io', 'The sync record of this report could not be read.', { cause: error });
    }
    const parsed = syncStateSchema.safeParse(migrateFirstSyncRecord(parseOrUndefined(text)));
    if (parsed.success && parsed.data.reportId === reportId) return parsed.data;
    return this.setAside(reportId, file);
  }

  async save(state: SyncState): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    await writeFileDurably(
      this.fileOf(state.reportId),
      new TextEncoder().encode(JSON.stringify(syncStateSchema.parse(state))),
    );
  }

  private async setAside(reportId: string, file: string): Promise<SyncState> {
    const at = this.now();
    const damaged = path.join(this.folder, 'damaged');
    // The random part keeps two damaged records of the same second apart: neither overwrites the other.
    const keptAs = path.join(damaged, `${reportId}-${at.replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}.json`);
    await mkdir(damaged, { recursive: true });
    await rename(file, keptAs);
    const rebuilt: SyncState = { ...emptySyncState(reportId), rebuilt: { at, keptAs } };
    await this.save(rebuilt);
    return rebuilt;
  }

  private fileOf(reportId: string): string {
    return path.join(this.folder, `${reportIdSchema.parse(reportId)}.json`);
  }
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
