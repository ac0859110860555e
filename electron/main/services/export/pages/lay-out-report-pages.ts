import { hashedId, type File, type IXmlableObject } from 'docx';
import type { ExportWarning } from '@/shared/ipc/channels/export';
import type { PageModel } from '@/shared/pages/page-model';
import { prepareReportCharts } from '../charts/report-charts';
import { buildReportDocument } from '../document/build-report-document';
import type { ExportProgress, ExportRequest } from '../export-request';
import { reportLabels } from '../labels/report-labels';
import { estimateOf, layOutBody, type BodyLayout } from '../page-layout/estimate-report-pages';
import { Placements } from '../page-layout/placements';
import { readBlocks } from '../page-layout/read-blocks';
import { sanitizeLine } from '../sanitize-text';
import { buildPageModel } from './build-page-model';
import { preparePhotos } from './prepare-photos';

export interface LaidOutReport {
  readonly model: PageModel;
  /** The photos' bytes by media name, as the pages refer to them. */
  readonly media: ReadonlyMap<string, Uint8Array>;
  readonly warnings: readonly ExportWarning[];
}

/**
 * The report's pages, laid out by the very code that numbers the Word file: the same
 * document is built (charts as stand-ins of their size), docx formats its body and calls our
 * page-number estimator, which here also keeps where every line and row went. Nothing is
 * zipped or written. Same input, same pages as the .docx. A preview is never a submission,
 * so nothing here refuses a final report that fails the check: the export pipeline does that
 * before it asks for a PDF.
 */
export async function layOutReportPages(
  request: ExportRequest,
  progress: ExportProgress = () => undefined,
): Promise<LaidOutReport> {
  const photos = preparePhotos(request, progress);
  const charts = await prepareReportCharts(request.report, request.framework, request.options, 'stand-in');
  progress({ done: 0, total: 2, step: { code: 'laying-out' } });
  const chartByMedia = new Map([...charts.values()].map((chart) => [`${hashedId(chart.data)}.png`, chart.input]));
  const placements = new Placements();
  let layout: BodyLayout | undefined;
  const document = buildReportDocument({
    report: request.report,
    framework: request.framework,
    options: request.options,
    images: photos.images,
    exportedAt: new Date(request.exportedAt),
    coverImage: photos.cover,
    charts,
    pageNumbers: (body, context) => {
      layout = layOutBody(body, context, placements);
      return estimateOf(layout.pagination);
    },
  });
  document.Document.View.prepForXml({ file: document, viewWrapper: document.Document, stack: [] });
  if (!layout) throw new Error('docx did not ask for page numbers');
  const { styles, lists } = layout;
  const partBlocks = (xml: IXmlableObject | undefined) => (xml ? readBlocks(xml, styles, lists).blocks : []);
  const model = buildPageModel({
    geometry: layout.geometry,
    pagination: layout.pagination,
    placements: placements.items,
    header: partBlocks(formatPart(document, 'header')),
    footer: partBlocks(formatPart(document, 'footer')),
    charts: chartByMedia,
    title: sanitizeLine(request.report.title),
    language: reportLabels(request.options.language).proofingLanguage,
  });
  const media = new Map(
    document.Media.Entries.filter(([name]) => !chartByMedia.has(name)).map(([name, data]) => [
      name,
      data.data as Uint8Array,
    ]),
  );
  return { model, media, warnings: photos.warnings };
}

/** The report's one header or footer, formatted as docx writes it (its page fields included). */
function formatPart(document: File, part: 'header' | 'footer'): IXmlableObject | undefined {
  const wrapper = part === 'header' ? document.Headers[0] : document.Footers[0];
  return wrapper?.View.prepForXml({ file: document, viewWrapper: wrapper, stack: [] });
}
