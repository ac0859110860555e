import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { createReport } from '@/shared/report/create';
import { bundledFramework } from '@/shared/framework/load';
import type { Report } from '@/shared/report/schema';
import type { SyncOutcome } from '@/shared/ipc/channels/sync';
import type { JobStatus } from '@/shared/ipc/channels/jobs';
import { JobRegistry } from '@/electron/main/services/jobs/job-registry';
import { InMemoryReportRepository } from '@/electron/main/services/reports/in-memory-repository';
import { SettingsService } from '@/electron/main/services/settings-service';
import { InMemoryAttachmentBlobs } from '@/electron/main/services/sync/attachment-blobs';
import { SessionCredentialStore } from '@/electron/main/services/sync/credential-store';
import type { RetryPolicy } from '@/electron/main/services/sync/retry-policy';
import { FileSyncStateStore } from '@/electron/main/services/sync/file-sync-state-store';
import { InMemorySyncStateStore, type SyncStateStore } from '@/electron/main/services/sync/sync-state';
import type { WireTransport } from '@/electron/main/services/sync/wire';
import { SyncService } from '@/electron/main/services/sync/sync-service';

/** Short waits so a 503 storm takes milliseconds in tests; the real policy caps at 5 minutes. */
export const fastRetries: RetryPolicy = {
  maxAttempts: 8,
  baseMs: 5,
  capMs: 40,
  connectTimeoutMs: 2_000,
  idleTimeoutMs: 10_000,
};

/** One officer's laptop: its own drafts, settings, keyring, sync records and photos. */
export interface Device {
  readonly repository: InMemoryReportRepository;
  readonly states: SyncStateStore;
  /** Where this device keeps its files (the sync record when durable). */
  readonly folder: string;
  readonly blobs: InMemoryAttachmentBlobs;
  readonly sync: SyncService;
  readonly jobs: JobRegistry;
  readonly settings: SettingsService;
  syncNow(reportId: string): Promise<JobStatus>;
  syncOrThrow(reportId: string): Promise<SyncOutcome>;
  dispose(): Promise<void>;
}

export interface DeviceOptions {
  readonly retryPolicy?: RetryPolicy;
  /** Keep the sync record in files (as the app does) instead of memory. */
  readonly durableRecord?: boolean;
  /** Try failed syncs again in the background, as the app does (off by default in tests). */
  readonly backgroundRetryMs?: number;
  readonly createWire?: () => WireTransport;
}

export async function createDevice(
  serverUrl: string,
  username: string,
  password: string,
  options: DeviceOptions = {},
): Promise<Device> {
  const folder = await mkdtemp(path.join(tmpdir(), 'ripoti-sync-'));
  const settings = new SettingsService(
    new Conf({ projectName: 'ripoti-test', cwd: folder, configName: 'settings', clearInvalidConfig: false }),
  );
  settings.update({ syncServerUrl: serverUrl, syncUsername: username });
  const repository = new InMemoryReportRepository();
  const blobs = new InMemoryAttachmentBlobs();
  const jobs = new JobRegistry();
  let tick = 0;
  const clock = {
    nowIso: () => new Date(Date.UTC(2026, 10, 23, 10, 0, tick++)).toISOString(),
    newId: () => crypto.randomUUID(),
  };
  const states = options.durableRecord
    ? new FileSyncStateStore(path.join(folder, 'sync'))
    : new InMemorySyncStateStore();
  const sync = new SyncService({
    repository,
    settings,
    credentials: new SessionCredentialStore(),
    states,
    blobs,
    jobs,
    clock,
    retryPolicy: options.retryPolicy ?? fastRetries,
    ...(options.backgroundRetryMs !== undefined && { backgroundRetryMs: options.backgroundRetryMs }),
    ...(options.createWire && { createWire: options.createWire }),
  });
  await sync.rememberPassword(password);
  const syncNow = (reportId: string) => jobs.settled(sync.start(reportId), 5);
  return {
    repository,
    states,
    folder,
    blobs,
    sync,
    jobs,
    settings,
    syncNow,
    async syncOrThrow(reportId) {
      const status = await syncNow(reportId);
      if (status.state !== 'done') throw new Error(`sync did not finish: ${JSON.stringify(status)}`);
      return status.value as SyncOutcome;
    },
    dispose: async () => {
      sync.stop();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

export function newReport(county = 'Kilifi'): Report {
  return createReport(bundledFramework(), {
    id: crypto.randomUUID(),
    now: '2026-11-23T09:00:00.000Z',
    county,
    title: `${county} progress report`,
  });
}

/** Adds a photo (random bytes, so it does not compress) to the report and the device's photo store. */
export async function addPhoto(
  device: Device,
  report: Report,
  byteLength: number,
  featureId = '1.1.1',
): Promise<Report> {
  const bytes = new Uint8Array(byteLength);
  for (let offset = 0; offset < byteLength; offset += 65_536)
    crypto.getRandomValues(bytes.subarray(offset, Math.min(byteLength, offset + 65_536)));
  const id = createHash('sha256').update(bytes).digest('hex');
  await device.blobs.write(id, bytes);
  const section = report.sections[featureId];
  if (!section) throw new Error(`no section ${featureId}`);
  const updated: Report = {
    ...report,
    attachments: {
      ...report.attachments,
      [id]: {
        id,
        fileName: `photo-${id.slice(0, 6)}.jpg`,
        mediaType: 'image/jpeg',
        byteLength,
        addedAt: '2026-11-23T09:30:00.000Z',
      },
    },
    sections: {
      ...report.sections,
      [featureId]: { ...section, evidence: [...section.evidence, { attachmentId: id, caption: 'Learning festival' }] },
    },
  };
  await device.repository.put(updated);
  return updated;
}

/** The officer edits fields of one section, the way the section form saves. */
export async function editSection(
  device: Device,
  reportId: string,
  featureId: string,
  patch: Partial<Report['sections'][string]>,
): Promise<void> {
  const report = await device.repository.get(reportId);
  const section = report.sections[featureId];
  if (!section) throw new Error(`no section ${featureId}`);
  await device.repository.updateSection(reportId, featureId, { ...section, ...patch }, '2026-11-23T11:00:00.000Z');
}
