import { z } from 'zod';
import { reportIdSchema } from '@/shared/report/schema';
import type { JsonObject, JsonValue } from '@/shared/sync/json-value';
import { KEPT_ANCESTRY } from '@/shared/sync/revisions';

const jsonValue = z.custom<JsonValue>((value) => value !== undefined);
const jsonObject = z.record(z.string(), jsonValue) as unknown as z.ZodType<JsonObject>;

/** A field both sides changed. A side may be absent (no merge base, a field one side never had): absent, never "undefined in JSON". */
const conflictSchema = z.object({
  path: z.array(z.string()).min(1),
  base: jsonValue.optional(),
  mine: jsonValue.optional(),
  theirs: jsonValue.optional(),
  variant: z.number().int().min(2).optional(),
  /** False when "mine" came from another branch on the server, not from this computer's draft. */
  mineFromThisComputer: z.boolean().optional(),
});

const stubSchema = z.looseObject({
  content_type: z.string().optional(),
  digest: z.string().optional(),
  length: z.number().optional(),
  revpos: z.number().optional(),
});

/**
 * What this computer knows of one document on the server: the revision its line ends in, that
 * revision's content (the merge base), its ancestors (to find where a colleague's branch forked),
 * the other leaves already merged into the draft (deleted on the server with the next write) and
 * attachments other programs put on it (sent back as stubs so they are kept).
 */
const docRecordSchema = z.object({
  rev: z.string().min(3),
  ancestry: z.array(z.string()).min(1).max(KEPT_ANCESTRY),
  content: jsonObject,
  merged: z.array(z.string()),
  attachments: z.record(z.string(), stubSchema),
  /** Attachments found only on a merged branch: fetched from that revision and carried onto the next write. */
  adopt: z.array(
    z.object({
      name: z.string(),
      fromRev: z.string(),
      contentType: z.string(),
      length: z.number().int().nonnegative(),
    }),
  ),
});

/** A server copy skipped because it is not in the shape Ripoti writes; `blocking` when this computer's changes to it cannot be sent until it is repaired. */
const problemSchema = z.object({ docId: z.string(), rev: z.string(), reason: z.string(), blocking: z.boolean() });

export const SYNC_STATE_VERSION = 2;

/**
 * What the device remembers per report between syncs: per server document the record above,
 * where the change feed stopped (`since`, this report's documents only), which photos the
 * server holds, the conflicts the officer has not resolved, the server copies that were skipped
 * as malformed, and whether this record had to be rebuilt because the previous one was damaged.
 */
export const syncStateSchema = z.object({
  version: z.literal(SYNC_STATE_VERSION),
  reportId: reportIdSchema,
  docs: z.record(z.string(), docRecordSchema),
  since: z.string(),
  sentAttachments: z.array(z.string()),
  conflicts: z.array(conflictSchema),
  problems: z.array(problemSchema),
  lastSyncedAt: z.string().nullable(),
  rebuilt: z.object({ at: z.string(), keptAs: z.string() }).nullable(),
});

export type SyncState = z.infer<typeof syncStateSchema>;
export type DocRecord = z.infer<typeof docRecordSchema>;
export type StoredConflict = z.infer<typeof conflictSchema>;
export type ServerProblem = z.infer<typeof problemSchema>;

export function emptySyncState(reportId: string): SyncState {
  return {
    version: SYNC_STATE_VERSION,
    reportId,
    docs: {},
    since: '0',
    sentAttachments: [],
    conflicts: [],
    problems: [],
    lastSyncedAt: null,
    rebuilt: null,
  };
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
    this.states.set(state.reportId, structuredClone(syncStateSchema.parse(state)));
    return Promise.resolve();
  }
}
