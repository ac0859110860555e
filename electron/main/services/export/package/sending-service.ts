import path from 'node:path';
import type { Framework } from '@/shared/framework/schema';
import type { ExportOptions } from '@/shared/ipc/channels/export';
import type { Report } from '@/shared/report/schema';
import type { Clock } from '../../clock';
import type { JobRegistry } from '../../jobs/job-registry';
import { collectPhotos } from '../collect-photos';
import type { AttachmentReader } from '../export-request';
import type { ExportRunner } from '../export-runner';
import type { ExportFileDialogs } from '../file-dialogs';
import type { PhotoFitter } from '../images/photo-worker/photo-thread';
import { outputKinds } from '../output-kinds';
import { refuseUncheckedFinal } from '../refuse-unchecked-final';
import { suggestedFileName } from '../write-exported-file';
import { prepareSending } from './prepare-sending';

export interface SendingServiceDependencies {
  readonly loadReport: (reportId: string) => Promise<Report>;
  readonly framework: Framework;
  readonly jobs: JobRegistry;
  readonly dialogs: ExportFileDialogs;
  readonly readAttachment: AttachmentReader;
  /** The export's runner: the Word file and the PDF are built as any export builds them. */
  readonly runner: ExportRunner;
  readonly fitPhoto: PhotoFitter;
  readonly clock: Clock;
  /** Remembers a written file, so that "Open" and "Show in folder" accept it (the export service's list). */
  readonly onWritten?: (filePath: string) => void;
}

/**
 * "Prepare for sending" from the Export step: the final copy, held to the same rules as a
 * final export (the officer has confirmed what is left), written as a job the window follows
 * and can cancel. The officer picks the Word file's name; the PDF and the manifest go beside it.
 */
export class SendingService {
  constructor(private readonly dependencies: SendingServiceDependencies) {}

  async start(reportId: string, chosen: ExportOptions, maxMegabytes: number): Promise<{ jobId: string | null }> {
    const { framework, dialogs, jobs, clock, readAttachment, runner, fitPhoto } = this.dependencies;
    const report = await this.dependencies.loadReport(reportId);
    const options: ExportOptions = { ...chosen, mode: 'final', format: 'docx' };
    refuseUncheckedFinal(report, framework, options);
    const exportedAt = clock.nowIso();
    const word = outputKinds.docx;
    const chosenPath = await dialogs.chooseSavePath(
      suggestedFileName(report.profile.county || report.profile.city, 'final', exportedAt.slice(0, 10), word.extension),
      word,
    );
    if (!chosenPath) return { jobId: null };
    const folder = path.dirname(path.resolve(chosenPath));
    const baseName = path.basename(chosenPath).replace(/\.docx$/i, '');
    const jobId = jobs.start('sending', async (job) => {
      const collected = await collectPhotos(report, framework, options, readAttachment);
      const request = { report, framework, options, photos: collected.photos, exportedAt };
      const sent = await prepareSending({
        request,
        limitBytes: Math.round(maxMegabytes * 1024 * 1024),
        folder,
        baseName,
        runner,
        fitPhoto,
        progress: (step) => job.progress(step),
        signal: job.signal,
      });
      for (const file of sent.files) this.dependencies.onWritten?.(path.join(folder, file.name));
      return { ...sent, warnings: [...collected.warnings, ...sent.warnings] };
    });
    return { jobId };
  }
}
