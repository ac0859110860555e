import PDFDocument from 'pdfkit';
import type { ModelPage, PageItem, PageModel } from '@/shared/pages/page-model';
import { reportFontPath } from '../fonts/report-fonts';
import { drawChart } from './draw-chart';
import { PdfFonts } from './pdf-fonts';
import { PdfStructure } from './pdf-structure';

export interface PdfInfo {
  readonly author: string;
  readonly subject: string;
  readonly keywords: string;
  readonly createdAt: Date;
}

/**
 * Writes the PDF from the page model: every page exactly as laid out (so its pages and each
 * heading's page are the Word file's), text as selectable text in the embedded report font,
 * photos as they are in the document, charts as vectors, the headings as bookmarks, the
 * contents' entries as links, the title shown and the language set, and the content tagged
 * for screen readers (header, footer and rules as artifacts). Plain Node: the app and the CLI
 * write the same file, with no browser and no LibreOffice.
 */
export async function writePdf(
  model: PageModel,
  media: ReadonlyMap<string, Uint8Array>,
  info: PdfInfo,
): Promise<Uint8Array> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    size: [model.size.width, model.size.height],
    margin: 0,
    pdfVersion: '1.7',
    tagged: true,
    lang: model.language,
    displayTitle: true,
    font: reportFontPath('regular'),
    info: {
      Title: model.title,
      Author: info.author,
      Subject: info.subject,
      Keywords: info.keywords,
      Creator: 'Ripoti',
      Producer: 'Ripoti',
      CreationDate: info.createdAt,
      ModDate: info.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const fonts = new PdfFonts(doc);
  const structure = new PdfStructure(doc, model.blocks);
  const outline = new OutlineWriter(doc);
  for (const page of model.pages) {
    doc.addPage({ size: [model.size.width, model.size.height], margin: 0 });
    for (const entry of model.outline) if (entry.page === page.number) outline.add(entry.level, entry.title);
    for (const [name, place] of Object.entries(model.bookmarks))
      if (place.page === page.number) doc.addNamedDestination(name, 'XYZ', 0, place.y, 0);
    drawPage(doc, fonts, structure, model, media, page);
  }
  structure.end();
  doc.end();
  await finished;
  const bytes = Buffer.concat(chunks);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function drawPage(
  doc: PDFKit.PDFDocument,
  fonts: PdfFonts,
  structure: PdfStructure,
  model: PageModel,
  media: ReadonlyMap<string, Uint8Array>,
  page: ModelPage,
): void {
  const items = page.items;
  let start = 0;
  while (start < items.length) {
    const first = items[start];
    if (!first) break;
    const block = blockOf(first);
    let end = start + 1;
    while (end < items.length && blockOf(items[end] as PageItem) === block) end++;
    const run = items.slice(start, end);
    const draw = (): void => run.forEach((item) => drawItem(doc, fonts, model, media, item));
    if (block < 0) structure.artifact(draw);
    else structure.mark(block, draw);
    start = end;
  }
}

/** Text and pictures belong to their paragraph; rules, shading and dots are page furniture (-1). */
function blockOf(item: PageItem): number {
  return item.kind === 'text' || item.kind === 'picture' ? item.block : -1;
}

function drawItem(
  doc: PDFKit.PDFDocument,
  fonts: PdfFonts,
  model: PageModel,
  media: ReadonlyMap<string, Uint8Array>,
  item: PageItem,
): void {
  switch (item.kind) {
    case 'text': {
      fonts.use(item.bold, item.italic);
      doc.fontSize(item.size).fillColor(`#${item.color}`);
      doc.text(item.text, item.x, item.y, {
        lineBreak: false,
        baseline: 'alphabetic',
        underline: item.underline === true,
      });
      if (item.link) doc.goTo(item.x, item.y - item.size, item.width, item.size * 1.2, item.link);
      break;
    }
    case 'leader': {
      fonts.use(false, false);
      doc.fontSize(item.size).fillColor(`#${item.color}`);
      const dot = fonts.widthOf('.');
      const count = Math.floor(item.width / (dot * 2));
      if (count > 0)
        doc.text('. '.repeat(count).trimEnd(), item.x + item.width - count * dot * 2 + dot, item.y, {
          lineBreak: false,
          baseline: 'alphabetic',
        });
      break;
    }
    case 'box':
      doc.rect(item.x, item.y, item.width, item.height).fill(`#${item.fill}`);
      break;
    case 'rule':
      doc.moveTo(item.x1, item.y1).lineTo(item.x2, item.y2).lineWidth(item.width).stroke(`#${item.color}`);
      break;
    case 'picture': {
      const picture = model.pictures[item.media];
      if (picture?.chart) drawChart(doc, fonts, picture.chart, item);
      else {
        const bytes = media.get(item.media);
        if (bytes)
          doc.image(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), item.x, item.y, {
            width: item.width,
            height: item.height,
          });
      }
      break;
    }
  }
}

/** Bookmarks nested as the headings are: each under the last heading of the level above. */
class OutlineWriter {
  private readonly last: PDFKit.PDFOutline[] = [];

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  add(level: 1 | 2 | 3, title: string): void {
    const parent = this.last.slice(0, level - 1).at(-1) ?? this.doc.outline;
    const item = parent.addItem(title);
    this.last[level - 1] = item;
    this.last.length = level;
  }
}
