import { RipotiError } from '../../../../../shared/errors';
import type { Framework } from '../../../../../shared/framework/schema';
import type { Report } from '../../../../../shared/report/schema';
import type { Clock } from '../../clock';
import type { DraftServices } from '../../drafts/draft-services';
import type { JobRegistry } from '../../jobs/job-registry';
import type { ExportSetup } from '../create-export-service';
import { inProcessExportRunner } from '../export-runner';
import type { ExportService } from '../export-service';
import { inProcessPagesRunner } from './pages-runner';
import { PreviewService } from './preview-service';

interface BaseServices {
  readonly framework: Framework;
  readonly reports: { get(id: string): Promise<Report> };
  readonly jobs: JobRegistry;
  readonly drafts: DraftServices | null;
}

const noDialog = (): Promise<never> => Promise.reject(new RipotiError('internal', 'No save dialog here; use `npm run report -- export --pdf` to write a file.'));

/** The preview and PDF service, on the export's dialogs; files it writes can be opened like exported ones. */
export function createPreviewService(base: BaseServices, clock: Clock, exports: ExportService, setup: ExportSetup = {}): PreviewService {
  return new PreviewService({
    loadReport: (id) => base.reports.get(id),
    framework: base.framework,
    jobs: base.jobs,
    dialogs: setup.dialogs ?? { chooseSavePath: noDialog, openFile: noDialog, showInFolder: () => undefined },
    readAttachment: (id) => (base.drafts ? base.drafts.attachments.readForReport(id) : Promise.reject(new RipotiError('not-found', 'No attachment store is open.'))),
    runner: setup.pagesRunner ?? inProcessPagesRunner,
    docxRunner: setup.runner ?? inProcessExportRunner,
    clock,
    onWritten: (filePath) => exports.remember(filePath),
  });
}
