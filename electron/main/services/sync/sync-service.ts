import { RipotiError, isRipotiError } from '@/shared/errors';
import type { SyncConflict, SyncOutcome, SyncStatus } from '@/shared/ipc/channels/sync';
import { reportToDocuments } from '@/shared/sync/report-documents';
import { conflictKey, type Resolution } from '@/shared/sync/resolve-conflict';
import type { Clock } from '../clock';
import type { JobContext, JobRegistry } from '../jobs/job-registry';
import type { ReportRepository } from '../reports/report-repository';
import type { SettingsService } from '../settings-service';
import type { AttachmentBlobs } from './attachment-blobs';
import { AutoSync, type AutoSyncOptions } from './auto-sync';
import { BackgroundRetries } from './background-retries';
import { changesWaiting } from './changes-waiting';
import { CouchDatabase } from './couch-database';
import { CouchSession, type SessionCookies } from './couch-session';
import type { CredentialStore } from './credential-store';
import { NodeWire } from './node-wire';
import { applyResolution } from './resolve';
import { defaultRetryPolicy, type RetryPolicy } from './retry-policy';
import { parseServerAddress } from './server-address';
import { serverProblemOf } from './server-problem';
import { SyncFailure } from './sync-failure';
import { runRounds } from './run-rounds';
import type { SyncStateStore } from './sync-state';
import { trustedCertificates } from './trusted-certificates';
import type { WireTransport } from './wire';

export interface SyncServiceDependencies {
  readonly repository: ReportRepository;
  readonly settings: SettingsService;
  readonly credentials: CredentialStore;
  readonly states: SyncStateStore;
  readonly blobs: AttachmentBlobs;
  readonly jobs: JobRegistry;
  readonly clock: Clock;
  readonly retryPolicy?: RetryPolicy;
  /** One transport per sync (its connections are kept alive for that sync only). */
  readonly createWire?: () => WireTransport;
  /** Called after a sync that ended in agreement with the server (History keeps that version). */
  readonly onSynced?: (reportId: string) => Promise<void>;
  /** First wait before trying again by itself after a failure that may pass; undefined: never (the CLI). */
  readonly backgroundRetryMs?: number;
}

/** Sync of one report with the county's CouchDB: the use-cases behind the Sync step and the CLI. */
export class SyncService {
  private readonly lastErrors = new Map<string, { code: string; message: string }>();
  private readonly running = new Map<string, string>();
  private readonly cookies = new Map<string, string>();
  private readonly retries: BackgroundRetries | undefined;
  private certificates: string[] | undefined | null = null;

  constructor(private readonly deps: SyncServiceDependencies) {
    this.retries =
      deps.backgroundRetryMs === undefined
        ? undefined
        : new BackgroundRetries((reportId) => this.startJob(reportId), deps.backgroundRetryMs);
  }

  /** The password goes to the credential store, never to settings. */
  async rememberPassword(password: string): Promise<void> {
    await this.deps.credentials.set(this.account(), password);
    this.cookies.clear();
  }

  async hasPassword(): Promise<boolean> {
    return (await this.deps.credentials.get(this.account())) !== undefined;
  }

  /** Starts a sync as a job (the screen polls jobs:status); one at a time per report. A sync started by hand replaces a planned retry. */
  start(reportId: string): string {
    this.retries?.clear(reportId);
    return this.startJob(reportId);
  }

  async sync(reportId: string, job: JobContext): Promise<SyncOutcome> {
    // Nothing counted yet: the Sync step shows "Syncing…", never a made-up "0 of 1".
    job.progress({ done: 0, total: 0, step: { code: 'preparing' } });
    try {
      const outcome = await this.syncOnce(reportId, job);
      this.lastErrors.delete(reportId);
      this.retries?.clear(reportId);
      if (outcome.kind === 'synced') await this.deps.onSynced?.(reportId);
      return outcome;
    } catch (error) {
      // A bug, not a network or server condition: logged for whoever diagnoses it.
      if (!isRipotiError(error)) console.error('Sync failed unexpectedly:', error);
      const failure = isRipotiError(error)
        ? error
        : new RipotiError('internal', 'Sync failed unexpectedly; your draft is unchanged.', { cause: error });
      this.lastErrors.set(reportId, { code: failure.code, message: failure.message });
      if (failure instanceof SyncFailure && failure.retryLater) this.retries?.schedule(reportId);
      else this.retries?.clear(reportId);
      throw failure;
    }
  }

  async status(reportId: string): Promise<SyncStatus> {
    const state = await this.deps.states.load(reportId);
    const local = await this.deps.repository.get(reportId);
    const nextRetry = this.retries?.nextAt(reportId);
    return {
      lastSyncedAt: state.lastSyncedAt,
      changesWaiting: changesWaiting(state, reportToDocuments(local), local),
      conflicts: state.conflicts.length,
      lastError: this.lastErrors.get(reportId) ?? null,
      passwordStored: await this.hasPassword(),
      passwordForSessionOnly: (await this.deps.credentials.keepsOnlyForSession?.()) ?? false,
      nextRetryAt: nextRetry === undefined ? null : new Date(nextRetry).toISOString(),
      serverProblems: state.problems.map(serverProblemOf),
      recordRebuilt: state.rebuilt,
    };
  }

  async conflicts(reportId: string): Promise<SyncConflict[]> {
    const state = await this.deps.states.load(reportId);
    return state.conflicts.map((conflict) => ({
      key: conflictKey(conflict),
      path: conflict.path,
      base: conflict.base ?? null,
      mine: conflict.mine ?? null,
      theirs: conflict.theirs ?? null,
      mineFromThisComputer: conflict.mineFromThisComputer ?? true,
    }));
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
    await applyResolution(
      { repository: this.deps.repository, states: this.deps.states, clock: this.deps.clock },
      reportId,
      key,
      resolution,
    );
    return this.status(reportId);
  }

  /** Stops planned retries (the app is quitting, or a test is done). */
  stop(): void {
    this.retries?.stopAll();
  }

  private startJob(reportId: string): string {
    const running = this.running.get(reportId);
    if (running && this.deps.jobs.status(running).state === 'running') return running;
    const jobId = this.deps.jobs.start('sync', (job) => this.sync(reportId, job));
    this.running.set(reportId, jobId);
    return jobId;
  }

  private async syncOnce(reportId: string, job: JobContext): Promise<SyncOutcome> {
    const state = await this.deps.states.load(reportId);
    if (state.conflicts.length > 0)
      return { kind: 'conflicts', count: state.conflicts.length, at: this.deps.clock.nowIso() };
    return this.withCountyDatabase(job.signal, (database) =>
      runRounds(state, {
        database,
        repository: this.deps.repository,
        blobs: this.deps.blobs,
        states: this.deps.states,
        job,
        clock: this.deps.clock,
      }),
    );
  }

  /**
   * Runs `work` against the county database of the Sync settings, logged in with the stored
   * password: the sync rounds, and reading the questions the national office published there.
   */
  async withCountyDatabase<T>(
    signal: AbortSignal,
    work: (database: CouchDatabase, server: string) => Promise<T>,
  ): Promise<T> {
    const settings = this.deps.settings.get();
    if (!settings.syncServerUrl || !settings.syncUsername) {
      throw new SyncFailure(
        'invalid-arguments',
        'Type the sync server address and your user name on this Sync page first, then press "Save connection".',
        false,
      );
    }
    const password = await this.deps.credentials.get(this.account());
    if (password === undefined) throw new SyncFailure('unauthorized', 'Type your sync password first.', false);
    const wire = this.deps.createWire?.() ?? new NodeWire({ ...this.caList() });
    const session = new CouchSession(
      parseServerAddress(settings.syncServerUrl),
      { username: settings.syncUsername, password },
      this.deps.retryPolicy ?? defaultRetryPolicy,
      signal,
      wire,
      this.cookieJar(),
    );
    try {
      return await work(new CouchDatabase(session), settings.syncServerUrl);
    } finally {
      wire.close();
    }
  }

  private caList(): { ca?: string[] } {
    if (this.certificates === null) this.certificates = trustedCertificates();
    return this.certificates ? { ca: this.certificates } : {};
  }

  private cookieJar(): SessionCookies {
    return {
      get: (account) => this.cookies.get(account),
      set: (account, cookie) =>
        cookie === undefined ? this.cookies.delete(account) : this.cookies.set(account, cookie),
    };
  }

  private account(): string {
    const settings = this.deps.settings.get();
    return `${settings.syncUsername}@${settings.syncServerUrl}`;
  }
}
