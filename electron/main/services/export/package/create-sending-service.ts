import type { Framework } from '@/shared/framework/schema';
import type { Report } from '@/shared/report/schema';
import type { Clock } from '../../clock';
import type { DraftServices } from '../../drafts/draft-services';
import type { JobRegistry } from '../../jobs/job-registry';
import { noDialogs, reportAttachmentReader, type ExportSetup } from '../create-export-service';
import { inProcessExportRunner } from '../export-runner';
import type { ExportService } from '../export-service';
import { photoFitter, photoWorkerFromSource } from '../images/photo-worker/photo-thread';
import { SendingService } from './sending-service';

interface BaseServices {
  readonly framework: Framework;
  readonly reports: { get(id: string): Promise<Report> };
  readonly jobs: JobRegistry;
  readonly drafts: DraftServices | null;
}

/** "Prepare for sending": the export's runner and dialogs, the photo thread; files it writes open like exported ones. */
export function createSendingService(
  base: BaseServices,
  clock: Clock,
  exports: ExportService,
  setup: ExportSetup = {},
): SendingService {
  return new SendingService({
    loadReport: (id) => base.reports.get(id),
    // A getter: the questions in use when each call starts, not those of start-up.
    get framework() {
      return base.framework;
    },
    jobs: base.jobs,
    dialogs: setup.dialogs ?? noDialogs,
    readAttachment: reportAttachmentReader(base.drafts),
    runner: setup.runner ?? inProcessExportRunner,
    fitPhoto: photoFitter({ script: setup.photoWorker ?? photoWorkerFromSource() }),
    clock,
    onWritten: (filePath) => exports.remember(filePath),
  });
}
