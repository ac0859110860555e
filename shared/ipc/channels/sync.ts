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
  /** When Ripoti tries again by itself after a failure that may pass (server unreachable or busy). */
  readonly nextRetryAt: string | null;
  /** Copies on the server Ripoti skipped (written by another program in a shape it does not accept), and photos it could not fetch. */
  readonly serverProblems: readonly SyncServerProblem[];
  /** The sync record of this report was damaged: set aside (kept as `keptAs`) and rebuilt from the server and the draft. */
  readonly recordRebuilt: { readonly at: string; readonly keptAs: string } | null;
}

export interface SyncServerProblem {
  readonly place:
    | { readonly kind: 'section'; readonly featureId: string }
    | { readonly kind: 'header' }
    | { readonly kind: 'photo'; readonly digest: string };
  /** What is wrong, in the server's terms (English, like server answers). */
  readonly reason: string;
  /** This computer's changes to that part cannot be sent until an administrator repairs the server's copy. */
  readonly blocking: boolean;
}

/** How a sync job ended: in agreement with the server, or with fields to resolve. */
export const syncOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('synced'),
    at: z.string(),
    sentDocs: z.number(),
    sentAttachments: z.number(),
    receivedDocs: z.number(),
    skipped: z.number(),
  }),
  z.object({ kind: z.literal('conflicts'), at: z.string(), count: z.number() }),
]);
export type SyncOutcome = z.infer<typeof syncOutcomeSchema>;

/** Where a sync has got to; the renderer words each code (locales: `sync.steps.<code>`). */
export const syncStepSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('preparing') }),
  z.object({ code: z.literal('fetching') }),
  z.object({ code: z.literal('sending-photo'), fileName: z.string(), percent: z.number().int().min(0).max(100) }),
  z.object({ code: z.literal('sending-changes') }),
  z.object({ code: z.literal('synced') }),
]);
export type SyncStep = z.infer<typeof syncStepSchema>;

export const syncJob = defineJob({ step: syncStepSchema, firstStep: { code: 'preparing' }, result: syncOutcomeSchema });

/** A field both sides changed: its path names the place (e.g. sections / 1.1 / narrative). */
export interface SyncConflict {
  readonly key: string;
  readonly path: readonly string[];
  readonly base: unknown;
  readonly mine: unknown;
  readonly theirs: unknown;
  /** False when "mine" is not the value in this computer's draft but another copy from the server (two colleagues changed the field). */
  readonly mineFromThisComputer: boolean;
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
  resolveSyncConflict: defineChannel<SyncStatus>()(
    'sync:resolve',
    z.object({ reportId: reportIdSchema, key: z.string().min(1).max(500), resolution: resolutionSchema }).strict(),
  ),
  setSyncPassword: defineChannel<null>()(
    'sync:set-password',
    z.object({ password: z.string().min(1).max(1000) }).strict(),
  ),
};
