import type { Framework } from '@/shared/framework/schema';
import type { Report } from '@/shared/report/schema';
import { AttachmentStore } from '../attachments/attachment-store';
import type { Clock } from '../clock';
import { photoThread, photoWorkerFromSource } from '../export/images/photo-worker/photo-thread';
import { HistoryService } from '../history/history-service';
import { carryForward } from './carry-forward';
import { DraftFileService } from './draft-file-service';
import { DraftStore } from './draft-store';

/** The durable-drafts side of the app, opened together on one user-data folder. */
export interface DraftServices {
  readonly store: DraftStore;
  readonly history: HistoryService;
  readonly attachments: AttachmentStore;
  readonly files: DraftFileService;
  startNextCycle(reportId: string, featureIds: readonly string[], title?: string): Promise<Report>;
}

export interface DraftServicesOptions {
  readonly appVersion: string;
  readonly framework: Framework;
  readonly clock: Clock;
  /** Read on every edit, so a change in Settings applies at once. */
  readonly historyIntervalMinutes: () => number;
  /** The photo-worker script: the bundled one in the app; by default the source, under tsx. */
  readonly photoWorker?: URL | string;
}

export async function openDraftServices(dataDir: string, options: DraftServicesOptions): Promise<DraftServices> {
  const now = () => options.clock.nowIso();
  const store = await DraftStore.open(dataDir, { now });
  const history = new HistoryService(dataDir, store, { intervalMinutes: options.historyIntervalMinutes, now });
  const attachments = new AttachmentStore(
    dataDir,
    now,
    photoThread({ script: options.photoWorker ?? photoWorkerFromSource() }),
  );
  const files = new DraftFileService(store, attachments, history, {
    appVersion: options.appVersion,
    now,
    newId: () => options.clock.newId(),
  });
  return {
    store,
    history,
    attachments,
    files,
    async startNextCycle(reportId, featureIds, title) {
      const next = carryForward(await store.get(reportId), featureIds, options.framework, {
        id: options.clock.newId(),
        now: now(),
        title,
      });
      await store.put(next);
      return next;
    },
  };
}
