import { RipotiError, isRipotiError } from '../../../../shared/errors';
import type { SyncConflict, SyncOutcome, SyncStatus } from '../../../../shared/ipc/channels/sync';
import { reportSchema } from '../../../../shared/report/schema';
import type { JsonObject, JsonValue } from '../../../../shared/sync/json-value';
import { needsSending, reportToDocuments } from '../../../../shared/sync/report-documents';
import { conflictKey, resolvedValue, withValueAt, type Resolution } from '../../../../shared/sync/resolve-conflict';
import type { Clock } from '../clock';
import type { JobContext, JobRegistry } from '../jobs/job-registry';
import type { ReportRepository } from '../reports/report-repository';
import type { SettingsService } from '../settings-service';
import type { AttachmentBlobs } from './attachment-blobs';
import { AutoSync, type AutoSyncOptions } from './auto-sync';
import { CouchDatabase } from './couch-database';
import { CouchSession } from './couch-session';
import type { CredentialStore } from './credential-store';
import { defaultRetryPolicy, type RetryPolicy } from './retry-policy';
import { parseServerAddress } from './server-address';
import { syncRound } from './sync-round';
import type { SyncStateStore } from './sync-state';

export interface SyncServiceDependencies {
  readonly repository: ReportRepository;
  readonly settings: SettingsService;
  readonly credentials: CredentialStore;
  readonly states: SyncStateStore;
  readonly blobs: AttachmentBlobs;
  readonly jobs: JobRegistry;
  readonly clock: Clock;
  readonly retryPolicy?: RetryPolicy;
  readonly fetch?: typeof fetch;
  /** Called after a sync that ended in agreement with the server (History keeps that version). */
  readonly onSynced?: (reportId: string) => Promise<void>;
}

/** Rounds in one sync: a colleague writing at the same moment makes us pull and merge again. */
const MAX_ROUNDS = 5;

/** Sync of one report with the county's CouchDB: the use-cases behind the Sync screen and the CLI. */
export class SyncService {
  private readonly lastErrors = new Map<string, { code: string; message: string }>();
  private readonly running = new Map<string, string>();

  constructor(private readonly deps: SyncServiceDependencies) {}

  /** The password goes to the credential store, never to settings. */
  async rememberPassword(password: string): Promise<void> {
    await this.deps.credentials.set(this.account(), password);
  }

  async hasPassword(): Promise<boolean> {
    return (await this.deps.credentials.get(this.account())) !== undefined;
  }

  /** Starts a sync as a job (the screen polls jobs:status); one at a time per report. */
  start(reportId: string): string {
    const running = this.running.get(reportId);
    if (running && this.deps.jobs.status(running).state === 'running') return running;
    const jobId = this.deps.jobs.start('sync', (job) => this.sync(reportId, job));
    this.running.set(reportId, jobId);
    return jobId;
  }

  async sync(reportId: string, job: JobContext): Promise<SyncOutcome> {
    try {
      const outcome = await this.syncOnce(reportId, job);
      this.lastErrors.delete(reportId);
      if (outcome.kind === 'synced') await this.deps.onSynced?.(reportId);
      return outcome;
    } catch (error) {
      const failure = isRipotiError(error) ? error : new RipotiError('internal', 'Sync failed unexpectedly; your draft is unchanged.', { cause: error });
      this.lastErrors.set(reportId, { code: failure.code, message: failure.message });
      throw failure;
    }
  }

  async status(reportId: string): Promise<SyncStatus> {
    const state = await this.deps.states.load(reportId);
    const local = await this.deps.repository.get(reportId);
    const baseDocs = state.base ? reportToDocuments(state.base) : new Map<string, JsonObject>();
    const waitingDocs = [...reportToDocuments(local)].filter(([id, body]) => needsSending(body, baseDocs.get(id))).length;
    const waitingPhotos = Object.keys(local.attachments).filter((id) => !state.sentAttachments.includes(id)).length;
    return {
      lastSyncedAt: state.lastSyncedAt,
      changesWaiting: waitingDocs + waitingPhotos,
      conflicts: state.conflicts.length,
      lastError: this.lastErrors.get(reportId) ?? null,
      passwordStored: await this.hasPassword(),
      passwordForSessionOnly: (await this.deps.credentials.keepsOnlyForSession?.()) ?? false,
    };
  }

  async conflicts(reportId: string): Promise<SyncConflict[]> {
    const state = await this.deps.states.load(reportId);
    return state.conflicts.map((conflict) => ({ key: conflictKey(conflict), path: conflict.path, base: conflict.base ?? null, mine: conflict.mine ?? null, theirs: conflict.theirs ?? null }));
  }

  /** Main starts this once: `services.sync.createAutoSync({ intervalMs: 60_000, isOnline: () => net.isOnline() }).start()`. */
  createAutoSync(options: AutoSyncOptions): AutoSync {
    return new AutoSync(this, this.deps.repository, this.deps.settings, this.deps.jobs, options);
  }

  /** For export: a report with unresolved conflicts must carry a warning. */
  async hasUnresolvedConflicts(reportId: string): Promise<boolean> {
    return (await this.deps.states.load(reportId)).conflicts.length > 0;
  }

  /** Applies the officer's choice to the draft; the next sync sends it. */
  async resolve(reportId: string, key: string, resolution: Resolution): Promise<SyncStatus> {
    const state = await this.deps.states.load(reportId);
    const conflict = state.conflicts.find((candidate) => conflictKey(candidate) === key);
    if (!conflict) throw new RipotiError('not-found', 'This conflict was already resolved.');
    const local = await this.deps.repository.get(reportId);
    const updated = withValueAt(JSON.parse(JSON.stringify(local)) as JsonValue, conflict.path, resolvedValue(conflict as Parameters<typeof resolvedValue>[0], resolution));
    const parsed = reportSchema.safeParse(updated);
    if (!parsed.success) throw new RipotiError('invalid-data', 'That text cannot be kept here (it is too long or has the wrong shape).');
    await this.deps.repository.put({ ...parsed.data, updatedAt: this.deps.clock.nowIso() });
    await this.deps.states.save({ ...state, conflicts: state.conflicts.filter((candidate) => candidate !== conflict) });
    return this.status(reportId);
  }

  private async syncOnce(reportId: string, job: JobContext): Promise<SyncOutcome> {
    let state = await this.deps.states.load(reportId);
    if (state.conflicts.length > 0) return { kind: 'conflicts', count: state.conflicts.length, at: this.deps.clock.nowIso() };
    const settings = this.deps.settings.get();
    if (!settings.syncServerUrl || !settings.syncUsername) throw new RipotiError('invalid-arguments', 'Set the sync server address and your user name in Settings first.');
    const password = await this.deps.credentials.get(this.account());
    if (password === undefined) throw new RipotiError('unauthorized', 'Type your sync password first.');
    const session = new CouchSession(parseServerAddress(settings.syncServerUrl), { username: settings.syncUsername, password }, this.deps.retryPolicy ?? defaultRetryPolicy, job.signal, this.deps.fetch);
    await session.login();
    const database = new CouchDatabase(session);
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const outcome = await syncRound(state, {
        database,
        repository: this.deps.repository,
        blobs: this.deps.blobs,
        job,
        nowIso: () => this.deps.clock.nowIso(),
        persist: async (next) => {
          state = next;
          await this.deps.states.save(next);
        },
      });
      if (outcome.kind === 'synced') return { ...outcome, at: state.lastSyncedAt ?? this.deps.clock.nowIso() };
      if (outcome.kind === 'conflicts') return { ...outcome, at: this.deps.clock.nowIso() };
      state = await this.deps.states.load(reportId);
      if (outcome.kind === 'forgotten') {
        // Keep the base (what both sides last agreed on); drop what the server no longer knows.
        state = { ...state, since: '0', revs: {}, sentAttachments: [] };
        await this.deps.states.save(state);
      }
    }
    throw new RipotiError('conflict', 'The report kept changing on the server while syncing; try again in a minute.');
  }

  private account(): string {
    const settings = this.deps.settings.get();
    return `${settings.syncUsername}@${settings.syncServerUrl}`;
  }
}
