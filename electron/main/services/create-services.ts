import { bundledFramework } from '@/shared/framework/load';
import type { Framework } from '@/shared/framework/schema';
import type { AppInfo } from '@/shared/ipc/channels/app';
import path from 'node:path';
import { FrameworkService } from './framework/framework-service';
import { FrameworkStore } from './framework/framework-store';
import { describeApp } from './app-info';
import { OpenFileInbox } from './app-files/open-file-inbox';
import { snapshotHooks } from './history/snapshot-hooks';
import { UpdateService } from './updates/update-service';
import type { CheckerFor } from './spelling/hunspell-checker';
import { SpellingService, withoutDictionaries } from './spelling/spelling-service';
import { CopiedAnswersStore } from './submission/copied-answers';
import type { DraftServices } from './drafts/draft-services';
import { createExportService, type ExportSetup } from './export/create-export-service';
import type { ExportService } from './export/export-service';
import { createSendingService } from './export/package/create-sending-service';
import type { SendingService } from './export/package/sending-service';
import { createPreviewService } from './export/preview/create-preview-service';
import type { PreviewService } from './export/preview/preview-service';
import { systemClock, type Clock } from './clock';
import type { ReportRepository } from './reports/report-repository';
import { JobRegistry } from './jobs/job-registry';
import { MainEvents } from './main-events';
import { ReportService } from './reports/report-service';
import { SettingsService, type KeyValueStore } from './settings-service';
import { createSyncService, type SyncDependencies } from './sync/create-sync-service';
import type { SyncService } from './sync/sync-service';
import { WordImportService } from './word-import/word-import-service';
import { QuestionnaireService } from './questionnaires/questionnaire-service';
import { QuestionnaireStore } from './questionnaires/questionnaire-store';

/** Everything the IPC handlers and the CLI need, built in one place. */
export interface Services {
  /** The questions in use now: read on every use, since the officer may accept new ones at any time. */
  readonly framework: Framework;
  /** New questions from the national office: offers, refusals, accepting. */
  readonly frameworks: FrameworkService;
  /** The Submit step's ticks: which answers were copied to UNESCO's online form. */
  readonly copiedAnswers: CopiedAnswersStore;
  readonly appInfo: AppInfo;
  readonly settings: SettingsService;
  readonly reports: ReportService;
  readonly jobs: JobRegistry;
  /** What main tells the renderer unasked (a job's progress); setup/ipc.ts sends it to the window. */
  readonly events: MainEvents;
  readonly sync: SyncService;
  /** Durable drafts: history, attachments, draft files (null where only the in-memory repository is used). */
  readonly drafts: DraftServices | null;
  readonly exports: ExportService;
  /** The report's pages for the Preview step, laid out ahead in their own thread (issue #18). */
  readonly previews: PreviewService;
  /** "Prepare for sending": the final .docx, its PDF and a manifest under a size (issue #18). */
  readonly sending: SendingService;
  /** .ripoti files the OS asked us to open, waiting for the renderer to import them. */
  readonly openFiles: OpenFileInbox;
  /** Update status; only the packaged app connects it to an update server (setup/updates.ts). */
  readonly updates: UpdateService;
  /** Misspelt words and suggestions in the report's language (checks nothing without dictionaries). */
  readonly spelling: SpellingService;
  /** "Import from Word…" (null where drafts are not on disk). */
  readonly wordImport: WordImportService | null;
  /** "Ask a department…" and the answers that come back (null where drafts are not on disk). */
  readonly questionnaires: QuestionnaireService | null;
}

export interface ServiceDependencies {
  readonly settingsStore: KeyValueStore;
  readonly reportRepository: ReportRepository;
  readonly versions: { app: string; electron: string | null; platform: string };
  readonly clock?: Clock;
  readonly framework?: Framework;
  /** Where accepted questions are kept (setup opens it on the data folder); without it, memory only. */
  readonly frameworkStore?: FrameworkStore;
  /** Keyring, sync-state folder and photo store for sync; without them, session-only memory. */
  readonly sync?: SyncDependencies;
  readonly drafts?: DraftServices;
  /** Save dialog and worker threads for export, preview and sending; without them, all runs in-process with no dialog. */
  readonly export?: ExportSetup;
  /** Shared with the lifecycle adapter, which fills it before the services exist. */
  readonly openFiles?: OpenFileInbox;
  /** Spell checkers over the app's bundled dictionaries (setup/spelling.ts); without them nothing is underlined. */
  readonly spelling?: CheckerFor;
}

export function createServices(dependencies: ServiceDependencies): Services {
  const clock = dependencies.clock ?? systemClock;
  const frameworkStore =
    dependencies.frameworkStore ?? FrameworkStore.inMemory(dependencies.framework ?? bundledFramework());
  const frameworks = new FrameworkService(
    frameworkStore,
    dependencies.reportRepository,
    clock,
    dependencies.drafts?.history ?? null,
  );
  const current = () => frameworks.current();
  const events = new MainEvents();
  const services = {
    get framework() {
      return current();
    },
    frameworks,
    copiedAnswers: new CopiedAnswersStore(
      dependencies.drafts ? path.join(dependencies.drafts.store.dataDir, 'submission') : null,
    ),
    get appInfo() {
      return describeApp(current(), dependencies.versions);
    },
    settings: new SettingsService(dependencies.settingsStore),
    reports: new ReportService(dependencies.reportRepository, clock, current),
    events,
    jobs: new JobRegistry({ events }),
    drafts: dependencies.drafts ?? null,
    openFiles: dependencies.openFiles ?? new OpenFileInbox(),
    updates: new UpdateService(dependencies.versions.app, clock),
    spelling: new SpellingService(dependencies.spelling ?? withoutDictionaries),
  };
  const snapshots = snapshotHooks(dependencies.drafts?.history);
  const sync = createSyncService(services, dependencies.reportRepository, clock, {
    ...dependencies.sync,
    onSynced: async (reportId) => {
      await snapshots.synced(reportId);
      // New questions from the national office travel with a sync; not reaching them is no sync failure.
      await frameworks.checkCounty(sync).catch(() => undefined);
    },
  });
  const drafts = dependencies.drafts;
  // Built for the questions in use, and again when the officer accepts new ones (a Word import
  // being mapped when the questions change starts again: its targets may no longer exist).
  const wordImport = perFramework(current, (framework) =>
    drafts ? new WordImportService(framework, drafts, clock) : null,
  );
  const questionnaires = perFramework(current, (framework) =>
    drafts ? new QuestionnaireService(framework, drafts, new QuestionnaireStore(drafts.store.dataDir), clock) : null,
  );
  // Not spread nor Object.assign'd from getters: either copies today's questions and loses the getters.
  const live = Object.defineProperties(
    {},
    { wordImport: { get: wordImport, enumerable: true }, questionnaires: { get: questionnaires, enumerable: true } },
  ) as {
    readonly wordImport: WordImportService | null;
    readonly questionnaires: QuestionnaireService | null;
  };
  Object.defineProperties(services, Object.getOwnPropertyDescriptors(live));
  const exports = createExportService(services, clock, dependencies.export);
  return Object.assign(services as typeof services & typeof live, {
    sync,
    exports,
    previews: createPreviewService(services, clock, dependencies.export),
    sending: createSendingService(services, clock, exports, dependencies.export),
  });
}

/** One service per version of the questions: the same instance while they stay, a new one when they change. */
function perFramework<T>(current: () => Framework, make: (framework: Framework) => T): () => T {
  let made: { framework: Framework; value: T } | undefined;
  return () => {
    const framework = current();
    if (made?.framework !== framework) made = { framework, value: make(framework) };
    return made.value;
  };
}
