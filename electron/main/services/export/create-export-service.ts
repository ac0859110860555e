import { RipotiError } from '@/shared/errors';
import type { Framework } from '@/shared/framework/schema';
import type { Report } from '@/shared/report/schema';
import type { Clock } from '../clock';
import type { DraftServices } from '../drafts/draft-services';
import type { JobRegistry } from '../jobs/job-registry';
import { snapshotHooks } from '../history/snapshot-hooks';
import type { AttachmentReader } from './export-request';
import { inProcessExportRunner, type ExportRunner } from './export-runner';
import { ExportService } from './export-service';
import type { ExportFileDialogs } from './file-dialogs';
import type { PagesRunner } from './preview/pages-runner';

/** What the app (or a test) plugs into export: the desktop's dialogs and where the work runs. */
export interface ExportSetup {
  readonly dialogs?: ExportFileDialogs;
  readonly runner?: ExportRunner;
  /** Where the Preview's pages are laid out (a thread kept for the app's life); in-process without it. */
  readonly pagesRunner?: PagesRunner;
  /** The photo thread's script, for Prepare for sending's photos; run from source without it. */
  readonly photoWorker?: URL | string;
}

export const noDialogs: ExportFileDialogs = {
  chooseSavePath: () =>
    Promise.reject(new RipotiError('internal', 'No save dialog here; use `npm run report -- export` to write a file.')),
  openFile: () => Promise.reject(new RipotiError('internal', 'Files cannot be opened here.')),
  showInFolder: () => {
    throw new RipotiError('internal', 'Files cannot be shown here.');
  },
};

interface BaseServices {
  readonly framework: Framework;
  readonly reports: { get(id: string): Promise<Report> };
  readonly jobs: JobRegistry;
  readonly drafts: DraftServices | null;
}

export function createExportService(base: BaseServices, clock: Clock, setup: ExportSetup = {}): ExportService {
  const snapshots = snapshotHooks(base.drafts?.history);
  return new ExportService({
    loadReport: (id) => base.reports.get(id),
    // A getter: each export uses the questions in use when it starts, not those of start-up.
    get framework() {
      return base.framework;
    },
    jobs: base.jobs,
    dialogs: setup.dialogs ?? noDialogs,
    readAttachment: reportAttachmentReader(base.drafts),
    runner: setup.runner ?? inProcessExportRunner,
    clock,
    onExported: snapshots.exported,
  });
}

/** The downscaled copy the drafts store keeps for reports, when there is a drafts store. */
export function reportAttachmentReader(drafts: DraftServices | null): AttachmentReader {
  return (id) =>
    drafts
      ? drafts.attachments.readForReport(id)
      : Promise.reject(new RipotiError('not-found', 'No attachment store is open.'));
}
