import { RipotiError } from '@/shared/errors';
import type { Framework } from '@/shared/framework/schema';
import type { ExportOptions } from '@/shared/ipc/channels/export';
import { defaultPreviewOptions, FIRST_PAGES, type PreviewOutline } from '@/shared/ipc/channels/preview';
import type { ModelPage } from '@/shared/pages/page-model';
import type { Report } from '@/shared/report/schema';
import type { Clock } from '../../clock';
import { collectPhotos } from '../collect-photos';
import type { AttachmentReader } from '../export-request';
import type { PagesRunner } from './pages-runner';
import { PictureCache } from './picture-cache';
import { previewRevision, PreviewLayouts, type PreviewLayout } from './preview-layouts';

export interface PreviewServiceDependencies {
  readonly loadReport: (reportId: string) => Promise<Report>;
  readonly framework: Framework;
  readonly readAttachment: AttachmentReader;
  readonly runner: PagesRunner;
  readonly clock: Clock;
}

/**
 * The Preview step's service: the saved report's pages, laid out as for the Word file. It lays
 * out ahead (`prepare`, when the report is opened or saved) so that the step opens on pages
 * already made, keeps a few layouts by revision, and hands the window the outline with the
 * first pages, then the other pages as it asks for them: no page model crosses as a whole.
 * A preview is never a submission: a final report that fails the check is shown, not refused.
 */
export class PreviewService {
  private readonly layouts = new PreviewLayouts();
  private readonly pictures = new PictureCache();
  /** The options each report was last previewed with: what a layout ahead uses. */
  private readonly lastOptions = new Map<string, ExportOptions>();

  constructor(private readonly dependencies: PreviewServiceDependencies) {}

  /** The report was opened or saved: lay it out now, with the options it was last previewed with. */
  prepare(reportId: string): null {
    void this.layOut(reportId, this.lastOptions.get(reportId)).catch(() => undefined);
    return null;
  }

  async pages(reportId: string, options: ExportOptions): Promise<PreviewOutline> {
    this.lastOptions.set(reportId, options);
    const layout = await this.layOut(reportId, options);
    const { model } = layout;
    return {
      reportId,
      revision: layout.revision,
      pageCount: model.pages.length,
      firstPages: model.pages.slice(0, FIRST_PAGES),
      size: model.size,
      outline: model.outline,
      bookmarks: model.bookmarks,
      headings: model.headings,
      pictures: model.pictures,
      title: model.title,
      language: model.language,
      warnings: layout.warnings,
    };
  }

  /** Pages `from` … `from + count - 1` of a layout the window was given. */
  pageItems(revision: string, from: number, count: number): ModelPage[] {
    const layout = this.layouts.get(revision);
    if (!layout)
      throw new RipotiError('not-found', 'Those pages are no longer kept; the preview lays the report out again.');
    return layout.model.pages.slice(from - 1, from - 1 + count);
  }

  picture(media: string): string {
    const bytes = this.pictures.get(media);
    if (!bytes)
      throw new RipotiError(
        'not-found',
        'That picture is no longer in the preview; it is drawn again with the next one.',
      );
    const type = media.endsWith('.png')
      ? 'png'
      : media.endsWith('.gif')
        ? 'gif'
        : media.endsWith('.bmp')
          ? 'bmp'
          : 'jpeg';
    return `data:image/${type};base64,${Buffer.from(bytes).toString('base64')}`;
  }

  private async layOut(reportId: string, chosen: ExportOptions | undefined): Promise<PreviewLayout> {
    const { loadReport, framework, readAttachment, runner, clock } = this.dependencies;
    const report = await loadReport(reportId);
    const options = chosen ?? defaultPreviewOptions(report.language);
    const exportedAt = clock.nowIso();
    const revision = previewRevision(report, options, exportedAt);
    return this.layouts.obtain(revision, async () => {
      const collected = await collectPhotos(report, framework, options, readAttachment);
      const laid = await runner({ report, framework, options, photos: collected.photos, exportedAt });
      for (const [name, bytes] of laid.media) this.pictures.add(name, bytes);
      return { reportId, revision, model: laid.model, warnings: [...collected.warnings, ...laid.warnings] };
    });
  }
}
