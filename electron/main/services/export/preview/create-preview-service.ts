import type { Framework } from '@/shared/framework/schema';
import type { Report } from '@/shared/report/schema';
import type { Clock } from '../../clock';
import type { DraftServices } from '../../drafts/draft-services';
import { reportAttachmentReader, type ExportSetup } from '../create-export-service';
import { inProcessPagesRunner } from './pages-runner';
import { PreviewService } from './preview-service';

interface BaseServices {
  readonly framework: Framework;
  readonly reports: { get(id: string): Promise<Report> };
  readonly drafts: DraftServices | null;
}

/** The Preview step's service: pages laid out in the setup's pages runner (in-process without one). */
export function createPreviewService(base: BaseServices, clock: Clock, setup: ExportSetup = {}): PreviewService {
  return new PreviewService({
    loadReport: (id) => base.reports.get(id),
    // A getter: the questions in use when each call starts, not those of start-up.
    get framework() {
      return base.framework;
    },
    readAttachment: reportAttachmentReader(base.drafts),
    runner: setup.pagesRunner ?? inProcessPagesRunner,
    clock,
  });
}
