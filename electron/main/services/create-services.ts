import { bundledFramework } from '../../../shared/framework/load';
import type { Framework } from '../../../shared/framework/schema';
import type { AppInfo } from '../../../shared/ipc/channels/app';
import { describeApp } from './app-info';
import { OpenFileInbox } from './app-files/open-file-inbox';
import { snapshotHooks } from './history/snapshot-hooks';
import { UpdateService } from './updates/update-service';
import type { CheckerFor } from './spelling/hunspell-checker';
import { SpellingService, withoutDictionaries } from './spelling/spelling-service';
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
  readonly framework: Framework;
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
  const framework = dependencies.framework ?? bundledFramework();
  const clock = dependencies.clock ?? systemClock;
  const events = new MainEvents();
  const services = {
    framework,
    appInfo: describeApp(framework, dependencies.versions),
    settings: new SettingsService(dependencies.settingsStore),
    reports: new ReportService(dependencies.reportRepository, clock, framework),
    events,
    jobs: new JobRegistry({ events }),
    drafts: dependencies.drafts ?? null,
    openFiles: dependencies.openFiles ?? new OpenFileInbox(),
    updates: new UpdateService(dependencies.versions.app, clock),
    spelling: new SpellingService(dependencies.spelling ?? withoutDictionaries),
  };
  const exports = createExportService(services, clock, dependencies.export);
  return {
    ...services,
    sync: createSyncService(services, dependencies.reportRepository, clock, { ...dependencies.sync, onSynced: snapshotHooks(dependencies.drafts?.history).synced }),
    exports,
    previews: createPreviewService(services, clock, dependencies.export),
    sending: createSendingService(services, clock, exports, dependencies.export),
    wordImport: dependencies.drafts ? new WordImportService(framework, dependencies.drafts, clock) : null,
    questionnaires: dependencies.drafts ? new QuestionnaireService(framework, dependencies.drafts, new QuestionnaireStore(dependencies.drafts.store.dataDir), clock) : null,
  };
}
