import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { RipotiError } from '../../../../shared/errors';
import { reportIdSchema, reportSchema } from '../../../../shared/report/schema';
import { writeFileDurably } from '../drafts/durable-file';

const jsonValue = z.unknown();
const conflictSchema = z.object({ path: z.array(z.string()), base: jsonValue, mine: jsonValue, theirs: jsonValue });

/**
 * What the device remembers per report between syncs: the last version both sides agreed on
 * (the merge base), the server revision of each document, where the change feed stopped, which
 * photos the server already holds, and the conflicts the officer has not resolved yet.
 */
export const syncStateSchema = z.object({
  reportId: reportIdSchema,
  base: reportSchema.nullable(),
  revs: z.record(z.string(), z.string()),
  since: z.string(),
  sentAttachments: z.array(z.string()),
  conflicts: z.array(conflictSchema),
  lastSyncedAt: z.string().nullable(),
});
export type SyncState = z.infer<typeof syncStateSchema>;

export function emptySyncState(reportId: string): SyncState {
  return { reportId, base: null, revs: {}, since: '0', sentAttachments: [], conflicts: [], lastSyncedAt: null };
}

export interface SyncStateStore {
  load(reportId: string): Promise<SyncState>;
  save(state: SyncState): Promise<void>;
}

/** For tests and the E2E bridge: state lives as long as the process. */
export class InMemorySyncStateStore implements SyncStateStore {
  private readonly states = new Map<string, SyncState>();

  load(reportId: string): Promise<SyncState> {
    return Promise.resolve(structuredClone(this.states.get(reportId) ?? emptySyncState(reportId)));
  }

  save(state: SyncState): Promise<void> {
    this.states.set(state.reportId, structuredClone(state));
    return Promise.resolve();
  }
}

/**
 * One JSON file per report in `<dataDir>/sync/`. Losing the base would turn every later pull into
 * a wall of false conflicts, so it is written with the drafts' durable writer.
 */
export class FileSyncStateStore implements SyncStateStore {
  constructor(private readonly folder: string) {}

  async load(reportId: string): Promise<SyncState> {
    let text: string;
    try {
      text = await readFile(this.fileOf(reportId), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptySyncState(reportId);
      throw new RipotiError('io', 'The sync record of this report could not be read.', { cause: error });
    }
    const parsed = syncStateSchema.safeParse(parseOrUndefined(text));
    // A damaged record is not user content: starting without a base only means more conflicts to review, never a loss.
    return parsed.success ? parsed.data : emptySyncState(reportId);
  }

  async save(state: SyncState): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    await writeFileDurably(this.fileOf(state.reportId), new TextEncoder().encode(JSON.stringify(state)));
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
