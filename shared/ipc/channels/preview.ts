import { z } from 'zod';
import type { ModelPage, PageModel } from '../../pages/page-model';
import { reportIdSchema } from '../../report/schema';
import { defineChannel } from '../channel';
import type { Language } from '../../language';
import {
  defaultExportOptions,
  exportOptionsSchema,
  REPORT_LANGUAGES,
  type ExportOptions,
  type ExportWarning,
} from './export';

/** How many pages come with the outline: the cover and the contents, so the step opens drawn. */
export const FIRST_PAGES = 3;
/** Pages asked for at once after that (as they come into view, then the rest). */
export const PAGES_PER_REQUEST = 12;

/**
 * One layout of a report: a hash of the report as saved, the options and the day printed on
 * the cover. The same revision always means the same pages.
 */
export const previewRevisionSchema = z.string().regex(/^[a-f0-9]{64}$/);

/**
 * The report's pages as they will print, without their items: what the step needs to draw
 * every sheet at its size, the thumbnails' strip, the headings to jump to and the contents'
 * links. The first pages come with it; the others are asked for by `preview:page-items`.
 */
export interface PreviewOutline extends Omit<PageModel, 'pages' | 'blocks'> {
  readonly reportId: string;
  readonly revision: string;
  readonly pageCount: number;
  readonly firstPages: readonly ModelPage[];
  /** Photos left out of the pages (corrupt or unreadable), each named. */
  readonly warnings: readonly ExportWarning[];
}

/** What the Preview shows until the officer picks otherwise: the draft, A4, with photos, in the report's language. */
export function defaultPreviewOptions(reportLanguage: Language): ExportOptions {
  return { ...defaultExportOptions, language: REPORT_LANGUAGES.includes(reportLanguage) ? reportLanguage : 'en' };
}

/** A picture of the pages by its name in the model: docx's content hash and type. */
export const mediaNameSchema = z.string().regex(/^[a-f0-9]{40}\.(png|jpg|jpeg|gif|bmp)$/);

const previewOf = z.object({ reportId: reportIdSchema, options: exportOptionsSchema }).strict();

export const previewChannels = {
  /**
   * The report was opened or saved: main lays its pages out now, in its worker thread (with
   * the options last previewed, or the report's defaults), so the Preview step opens on pages
   * already made. Answers at once.
   */
  preparePreview: defineChannel<null>()('preview:prepare', z.object({ reportId: reportIdSchema }).strict()),
  /** The saved report's pages (laid out as the Word file) and the first of them. */
  previewPages: defineChannel<PreviewOutline>()('preview:pages', previewOf),
  /** More pages of a layout, `count` from page `from` (1-based). */
  previewPageItems: defineChannel<ModelPage[]>()(
    'preview:page-items',
    z
      .object({
        revision: previewRevisionSchema,
        from: z.number().int().min(1).max(10_000),
        count: z.number().int().min(1).max(PAGES_PER_REQUEST),
      })
      .strict(),
  ),
  /** A photo of the pages, as a data: URL (the preview asks for those it draws). */
  previewPicture: defineChannel<string>()('preview:picture', z.object({ media: mediaNameSchema }).strict()),
};
