import { createHash } from 'node:crypto';
import path from 'node:path';
import { RipotiError } from '../../../../../shared/errors';
import type { Framework } from '../../../../../shared/framework/schema';
import type { ExportOptions, ExportResult } from '../../../../../shared/ipc/channels/export';
import type { PreviewPages, SendingPackage } from '../../../../../shared/ipc/channels/preview';
import type { Report } from '../../../../../shared/report/schema';
import type { Clock } from '../../clock';
import type { JobRegistry } from '../../jobs/job-registry';
import { collectPhotos } from '../collect-photos';
import type { ExportRequest } from '../export-request';
import type { ExportRunner } from '../export-runner';
import { prepareSending } from '../package/prepare-sending';
import type { AttachmentReader, ExportFileDialogs } from '../file-dialogs';
import { refuseEmptyFinal } from '../refuse-empty-final';
import { suggestedFileName, writeExportedFile } from '../write-exported-file';
import type { PagesRunner } from './pages-runner';
import { PictureCache } from './picture-cache';

export interface PreviewServiceDependencies {
  readonly loadReport: (reportId: string) => Promise<Report>;
  readonly framework: Framework;
  readonly jobs: JobRegistry;
  readonly dialogs: ExportFileDialogs;
  readonly readAttachment: AttachmentReader;
  readonly runner: PagesRunner;
  /** Builds the Word file, for "Prepare for sending". */
  readonly docxRunner: ExportRunner;
  readonly clock: Clock;
  /** Remembers a written file, so that "Open" and "Show in folder" accept it (the export service's list). */
  readonly onWritten?: (filePath: string) => void;
}

/**
 * The Preview step's service: the report's pages (laid out as for the Word file) and their
 * photos, and "Save as PDF". A preview is never a submission: a final preview with empty
 * Key Features is shown, not refused.
 */
export class PreviewService {
  private readonly pictures = new PictureCache();
  /** The last pages laid out, by what they were laid out from: opening the step again on an unchanged report is immediate. */
  private last: { key: string; pages: PreviewPages } | undefined;

  constructor(private readonly dependencies: PreviewServiceDependencies) {}

  async pages(report: Report, options: ExportOptions): Promise<PreviewPages> {
    const exportedAt = this.dependencies.clock.nowIso();
    // The cover prints the day; a report, options and day seen before give the same pages.
    const key = createHash('sha256').update(JSON.stringify([report, options, exportedAt.slice(0, 10)])).digest('hex');
    if (this.last?.key === key) return this.last.pages;
    const request = await this.request(report, { ...options, confirmEmpty: true }, exportedAt);
    const laid = await this.dependencies.runner.layout(request.request);
    for (const [name, bytes] of laid.media) this.pictures.add(name, bytes);
    const pages = { model: laid.model, warnings: [...request.warnings, ...laid.warnings] };
    this.last = { key, pages };
    return pages;
  }

  picture(media: string): string {
    const bytes = this.pictures.get(media);
    if (!bytes) throw new RipotiError('not-found', 'That picture is no longer in the preview; it is drawn again with the next one.');
    const type = media.endsWith('.png') ? 'png' : media.endsWith('.gif') ? 'gif' : media.endsWith('.bmp') ? 'bmp' : 'jpeg';
    return `data:image/${type};base64,${Buffer.from(bytes).toString('base64')}`;
  }

  /** Asks where to save, then writes the PDF of the saved report as a job. */
  async savePdf(reportId: string, options: ExportOptions): Promise<{ jobId: string | null }> {
    const { framework, dialogs, jobs, clock } = this.dependencies;
    const report = await this.dependencies.loadReport(reportId);
    refuseEmptyFinal(report, framework, options);
    const exportedAt = clock.nowIso();
    const chosen = await dialogs.chooseSavePath(suggestedFileName(report.profile.county || report.profile.city, options.mode, exportedAt.slice(0, 10)).replace(/\.docx$/, '.pdf'));
    if (!chosen) return { jobId: null };
    const filePath = path.resolve(chosen.toLowerCase().endsWith('.pdf') ? chosen : `${chosen}.pdf`);
    const jobId = jobs.start('pdf', async (job) => {
      job.progress({ done: 0, total: 2, label: 'Reading photos' });
      const { request, warnings } = await this.request(report, options, exportedAt);
      job.progress({ done: 1, total: 2, label: 'Laying out and writing the pages' });
      const pdf = await this.dependencies.runner.pdf(request);
      if (job.signal.aborted) throw new RipotiError('cancelled', 'Saving the PDF was cancelled.');
      await writeExportedFile(filePath, pdf.bytes);
      this.dependencies.onWritten?.(filePath);
      const result: ExportResult = { filePath, fileName: path.basename(filePath), byteLength: pdf.bytes.byteLength, warnings: [...warnings, ...pdf.warnings] };
      return result;
    });
    return { jobId };
  }

  /**
   * "Prepare for sending": asks where to save the Word file, then writes it, its PDF and a
   * manifest there, together under `maxMegabytes`, as a job (`jobs:status` → SendingPackage).
   */
  async prepareSending(reportId: string, options: ExportOptions, maxMegabytes: number): Promise<{ jobId: string | null }> {
    const { framework, dialogs, jobs, clock } = this.dependencies;
    const report = await this.dependencies.loadReport(reportId);
    refuseEmptyFinal(report, framework, options);
    const exportedAt = clock.nowIso();
    const chosen = await dialogs.chooseSavePath(suggestedFileName(report.profile.county || report.profile.city, options.mode, exportedAt.slice(0, 10)));
    if (!chosen) return { jobId: null };
    const folder = path.dirname(path.resolve(chosen));
    const baseName = path.basename(chosen).replace(/\.docx$/i, '');
    const jobId = jobs.start('sending', async (job) => {
      const { request, warnings } = await this.request(report, options, exportedAt);
      const sent: SendingPackage = await prepareSending({
        request,
        limitBytes: Math.round(maxMegabytes * 1024 * 1024),
        folder,
        baseName,
        docx: this.dependencies.docxRunner,
        pages: this.dependencies.runner,
        progress: (step) => job.progress(step),
      });
      for (const file of sent.files) this.dependencies.onWritten?.(path.join(folder, file.name));
      return { ...sent, warnings: [...warnings, ...sent.warnings] };
    });
    return { jobId };
  }

  private async request(report: Report, options: ExportOptions, exportedAt = this.dependencies.clock.nowIso()): Promise<{ request: ExportRequest; warnings: ExportResult['warnings'] }> {
    const { framework, readAttachment } = this.dependencies;
    const collected = await collectPhotos(report, framework, options, readAttachment);
    return { request: { report, framework, options, photos: collected.photos, exportedAt }, warnings: collected.warnings };
  }
}
