import { z } from 'zod';
import { reportIdSchema } from '../../report/schema';
import { defineChannel } from '../channel';
import { defineJob } from '../job';

/** What the Sync screen shows: the honest status line and the counts behind it. */
export interface SyncStatus {
  readonly lastSyncedAt: string | null;
  /** Documents (sections, the report's header) and photos changed here since the last sync. */
  readonly changesWaiting: number;
  readonly conflicts: number;
  readonly lastError: { readonly code: string; readonly message: string } | null;
  readonly passwordStored: boolean;
  /** No keyring on this computer: a password typed now lasts until Ripoti closes. */
  readonly passwordForSessionOnly: boolean;
}

/** How a sync job ended: in agreement with the server, or with fields to resolve. */
export const syncOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('synced'), at: z.string(), sentDocs: z.number(), sentAttachments: z.number(), receivedDocs: z.number() }),
  z.object({ kind: z.literal('conflicts'), at: z.string(), count: z.number() }),
]);
export type SyncOutcome = z.infer<typeof syncOutcomeSchema>;

/** Where a sync has got to; the renderer words each code (locales: `sync.steps.<code>`). */
export const syncStepSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('fetching') }),
  z.object({ code: z.literal('sending-photo'), fileName: z.string() }),
  z.object({ code: z.literal('sending-changes') }),
  z.object({ code: z.literal('synced') }),
]);
export type SyncStep = z.infer<typeof syncStepSchema>;

export const syncJob = defineJob({ step: syncStepSchema, firstStep: { code: 'fetching' }, result: syncOutcomeSchema });

/** A field both sides changed: its path names the place (e.g. sections / 1.1 / narrative). */
export interface SyncConflict {
  readonly key: string;
  readonly path: readonly string[];
  readonly base: unknown;
  readonly mine: unknown;
  readonly theirs: unknown;
}

const reportArgs = z.object({ reportId: reportIdSchema }).strict();
const resolutionSchema = z.discriminatedUnion('keep', [
  z.object({ keep: z.literal('mine') }).strict(),
  z.object({ keep: z.literal('theirs') }).strict(),
  z.object({ keep: z.literal('edited'), value: z.string().max(2_000_000) }).strict(),
]);

export const syncChannels = {
  startSync: defineChannel<{ jobId: string }>()('sync:start', reportArgs),
  getSyncStatus: defineChannel<SyncStatus>()('sync:status', reportArgs),
  listSyncConflicts: defineChannel<SyncConflict[]>()('sync:conflicts', reportArgs),
  resolveSyncConflict: defineChannel<SyncStatus>()('sync:resolve', z.object({ reportId: reportIdSchema, key: z.string().min(1).max(500), resolution: resolutionSchema }).strict()),
  setSyncPassword: defineChannel<null>()('sync:set-password', z.object({ password: z.string().min(1).max(1000) }).strict()),
};
