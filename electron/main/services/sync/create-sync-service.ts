import type { Clock } from '../clock';
import type { JobRegistry } from '../jobs/job-registry';
import type { ReportRepository } from '../reports/report-repository';
import type { SettingsService } from '../settings-service';
import { InMemoryAttachmentBlobs, type AttachmentBlobs } from './attachment-blobs';
import { SessionCredentialStore, type CredentialStore } from './credential-store';
import type { RetryPolicy } from './retry-policy';
import { InMemorySyncStateStore, type SyncStateStore } from './sync-state';
import { SyncService } from './sync-service';

/** What the app passes in (keyring-backed credentials, a state folder, the photo store). */
export interface SyncDependencies {
  readonly credentials?: CredentialStore;
  readonly states?: SyncStateStore;
  readonly blobs?: AttachmentBlobs;
  readonly retryPolicy?: RetryPolicy;
  readonly onSynced?: (reportId: string) => Promise<void>;
  /** First wait before the app tries a failed sync again by itself (then doubling, at most 5 minutes apart). */
  readonly backgroundRetryMs?: number;
}

/** The app tries an unreachable or busy server again after half a minute, then less and less often. */
const BACKGROUND_RETRY_MS = 30_000;

export function createSyncService(
  services: { readonly settings: SettingsService; readonly jobs: JobRegistry },
  repository: ReportRepository,
  clock: Clock,
  dependencies: SyncDependencies = {},
): SyncService {
  return new SyncService({
    repository,
    settings: services.settings,
    jobs: services.jobs,
    clock,
    // Memory only, never a plain file: without a keyring the password lasts until the app closes.
    credentials: dependencies.credentials ?? new SessionCredentialStore(),
    states: dependencies.states ?? new InMemorySyncStateStore(),
    blobs: dependencies.blobs ?? new InMemoryAttachmentBlobs(),
    ...(dependencies.retryPolicy && { retryPolicy: dependencies.retryPolicy }),
    ...(dependencies.onSynced && { onSynced: dependencies.onSynced }),
    backgroundRetryMs: dependencies.backgroundRetryMs ?? BACKGROUND_RETRY_MS,
  });
}
