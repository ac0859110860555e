import path from 'node:path';
import { RipotiError } from '../../../../shared/errors';
import type { Framework } from '../../../../shared/framework/schema';
import type { ExportOptions, ExportResult, ExportStarted } from '../../../../shared/ipc/channels/export';
import type { Report } from '../../../../shared/report/schema';
import type { Clock } from '../clock';
import type { JobRegistry } from '../jobs/job-registry';
import type { ExportRunner } from './export-runner';
import type { AttachmentReader, ExportFileDialogs } from './file-dialogs';
import { startEarlyBuild } from './early-build';
import { refuseEmptyFinal } from './refuse-empty-final';
import { suggestedFileName, writeExportedFile } from './write-exported-file';

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
 * The Export step's service: asks where to save, then builds the .docx as a job the UI polls
 * for progress. It remembers the files it wrote, and opens or reveals only those, so the
 * renderer cannot use "Open" to launch an arbitrary file.
 */
export class ExportService {
  private readonly written = new Set<string>();

  constructor(private readonly dependencies: ExportServiceDependencies) {}

  /**
   * Starts building the document at once and asks where to save meanwhile: on a slow laptop
   * most of the export happens while the officer is still choosing a folder, and closing the
   * dialog stops the build.
   */
  async start(reportId: string, options: ExportOptions): Promise<ExportStarted> {
    const { framework, dialogs, jobs, clock } = this.dependencies;
    const report = await this.dependencies.loadReport(reportId);
    // Refused before the save dialog, so the officer is not asked for a file that never comes.
    refuseEmptyFinal(report, framework, options);
    const exportedAt = clock.nowIso();
    const { readAttachment, runner } = this.dependencies;
    const build = startEarlyBuild({ report, framework, options, exportedAt, readAttachment, runner });
    let chosen: string | null;
    try {
      chosen = await dialogs.chooseSavePath(suggestedFileName(report.profile.county || report.profile.city, options.mode, exportedAt.slice(0, 10)));
    } catch (error) {
      build.stop();
      throw error;
    }
    if (!chosen) {
      build.stop();
      return { jobId: null };
    }
    const filePath = path.resolve(chosen.toLowerCase().endsWith('.docx') ? chosen : `${chosen}.docx`);
    const jobId = jobs.start('export', async (job) => {
      job.signal.addEventListener('abort', build.stop, { once: true });
      const built = await build.follow((step) => job.progress(step));
      if (job.signal.aborted) throw new RipotiError('cancelled', 'The export was cancelled.');
      await writeExportedFile(filePath, built.bytes);
      this.written.add(filePath);
      await this.dependencies.onExported?.(report);
      const result: ExportResult = { filePath, fileName: path.basename(filePath), byteLength: built.bytes.byteLength, warnings: built.warnings };
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
    if (!this.written.has(resolved)) throw new RipotiError('permission-denied', 'Ripoti only opens reports it exported in this session.');
    return resolved;
  }
}
