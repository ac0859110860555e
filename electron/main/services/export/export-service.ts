import path from 'node:path';
import { RipotiError } from '@/shared/errors';
import type { Framework } from '@/shared/framework/schema';
import type { ExportOptions, ExportStarted } from '@/shared/ipc/channels/export';
import type { Report } from '@/shared/report/schema';
import type { Clock } from '../clock';
import type { JobRegistry } from '../jobs/job-registry';
import type { AttachmentReader } from './export-request';
import type { ExportRunner } from './export-runner';
import { startExport } from './export-pipeline';
import type { ExportFileDialogs } from './file-dialogs';

export interface ExportServiceDependencies {
  readonly loadReport: (reportId: string) => Promise<Report>;
  readonly framework: Framework;
  readonly jobs: JobRegistry;
  readonly dialogs: ExportFileDialogs;
  readonly readAttachment: AttachmentReader;
  readonly runner: ExportRunner;
  readonly clock: Clock;
  /** Called with the exported report once the file is written (History keeps that version). */
  readonly onExported?: (report: Report) => Promise<void>;
}

/**
 * The Export step's side of the export pipeline: the save dialog, and the job the window
 * follows. It remembers the files it wrote, and opens or reveals only those, so the renderer
 * cannot use "Open" to launch an arbitrary file.
 */
export class ExportService {
  private readonly written = new Set<string>();

  constructor(private readonly dependencies: ExportServiceDependencies) {}

  /** The Export step opened: an export is likely soon, so the runner gets its thread ready now. */
  prepare(): null {
    void this.dependencies.runner.prepare?.();
    return null;
  }

  /**
   * Starts the export at once and asks where to save meanwhile: on a slow laptop most of the
   * document is built while the officer is still choosing a folder; closing the dialog stops it.
   */
  async start(reportId: string, options: ExportOptions): Promise<ExportStarted> {
    const { framework, dialogs, jobs, clock, readAttachment, runner } = this.dependencies;
    const report = await this.dependencies.loadReport(reportId);
    const started = startExport({ report, framework, options, exportedAt: clock.nowIso(), readAttachment, runner });
    let chosen: string | null;
    try {
      chosen = await dialogs.chooseSavePath(started.suggestedFileName, started.file);
    } catch (error) {
      started.stop();
      throw error;
    }
    if (!chosen) {
      started.stop();
      return { jobId: null };
    }
    const filePath = chosen;
    const jobId = jobs.start('export', async (job) => {
      const result = await started.saveTo(filePath, (progress) => job.progress(progress), job.signal);
      this.written.add(result.filePath);
      await this.dependencies.onExported?.(report);
      return result;
    });
    return { jobId };
  }

  /** A file another export path wrote (the PDF, the package for sending): "Open" and "Show" accept it too. */
  remember(filePath: string): void {
    this.written.add(path.resolve(filePath));
  }

  async open(filePath: string): Promise<null> {
    await this.dependencies.dialogs.openFile(this.ownFile(filePath));
    return null;
  }

  show(filePath: string): null {
    this.dependencies.dialogs.showInFolder(this.ownFile(filePath));
    return null;
  }

  private ownFile(filePath: string): string {
    const resolved = path.resolve(filePath);
    if (!this.written.has(resolved))
      throw new RipotiError('permission-denied', 'Ripoti only opens reports it exported in this session.');
    return resolved;
  }
}
