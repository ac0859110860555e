import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '@/electron/main/services/export/build-docx';
import { exampleReport } from '@/electron/main/services/export/example/example-report';
import type { ExportRequest } from '@/electron/main/services/export/export-request';
import { layOutReportPages, type LaidOutReport } from '@/electron/main/services/export/pages/lay-out-report-pages';
import { allKeyFeatures, bundledFramework } from '@/shared/framework/load';
import { defaultExportOptions, type ExportOptions } from '@/shared/ipc/channels/export';
import type { TextItem } from '@/shared/pages/page-model';

const framework = bundledFramework();
const example = exampleReport(framework, { photoCount: 20 });
const photos = new Map([...example.photos].map(([id, bytes]) => [id, { name: `${id.slice(0, 6)}.png`, bytes }]));

function request(options: Partial<ExportOptions> = {}): ExportRequest {
  return {
    report: example.report,
    framework,
    options: { ...defaultExportOptions, ...options },
    photos,
    exportedAt: '2026-11-01T09:00:00.000Z',
  };
}

/**
 * What the Word file says: each contents entry's page (PAGEREF results, in the contents'
 * order: bookmark names differ from one build to the next) and "of Y" in the footer.
 */
async function docxNumbers(bytes: Uint8Array): Promise<{ pages: number[]; pageCount: number }> {
  const zip = await JSZip.loadAsync(bytes);
  const body = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const pages = [...body.matchAll(/PAGEREF _Toc\d+ \\h<\/w:instrText>.*?<w:t[^>]*>(\d+)<\/w:t>/g)].map((match) =>
    Number(match[1]),
  );
  const footer = (await zip.file('word/footer1.xml')?.async('string')) ?? '';
  const count = /NUMPAGES.*?<w:t[^>]*>(\d+)<\/w:t>/.exec(footer)?.[1];
  return { pages, pageCount: Number(count) };
}

/** A page's text line by line (items on one baseline joined), spaces collapsed. */
function textOf(laid: LaidOutReport, page: number): string {
  const lines = new Map<number, TextItem[]>();
  for (const item of laid.model.pages[page - 1]?.items ?? []) {
    if (item.kind !== 'text') continue;
    const y = Math.round(item.y);
    lines.set(y, [...(lines.get(y) ?? []), item]);
  }
  return [...lines.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, items]) =>
      items
        .sort((a, b) => a.x - b.x)
        .map((item) => item.text)
        .join(' '),
    )
    .join(' ')
    .replace(/\s+/g, ' ');
}

const flat = (text: string): string => text.replace(/\s+/g, ' ');

describe.each([
  ['the example, A4, English', {}],
  ['Letter, French, final', { paper: 'letter', language: 'fr', mode: 'final' }],
  ['Kiswahili, no photos', { language: 'sw', includePhotos: false }],
] as const)('the pages of %s', (_name, options) => {
  let laid: LaidOutReport;
  let word: { pages: number[]; pageCount: number };

  beforeAll(async () => {
    laid = await layOutReportPages(request(options));
    word = await docxNumbers((await buildDocx(request(options))).bytes);
  }, 60_000);

  it('are as many as the Word file counts, and every heading is on the page the Word file gives it', () => {
    expect(word.pages.length).toBeGreaterThan(55);
    expect(laid.model.pages).toHaveLength(word.pageCount);
    expect(laid.model.outline.map((entry) => entry.page)).toEqual(word.pages);
  });

  it('draw each heading on its page, and the outline lists them in order', () => {
    for (const entry of laid.model.outline) expect(textOf(laid, entry.page)).toContain(flat(entry.title));
    const order = laid.model.outline.map((entry) => entry.page);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('know the page of every Key Feature', () => {
    for (const feature of allKeyFeatures(framework))
      expect(laid.model.headings[feature.id]?.page, feature.id).toBe(
        laid.model.outline.find((entry) => entry.title.startsWith(`${feature.id} `))?.page,
      );
  });

  it('carry "Page X of Y" on every page, and the contents with their numbers', () => {
    const [page, of] =
      'language' in options ? (options.language === 'sw' ? ['Ukurasa', 'kati ya'] : ['Page', 'sur']) : ['Page', 'of'];
    laid.model.pages.forEach((each) =>
      expect(textOf(laid, each.number)).toContain(`${page} ${each.number} ${of} ${laid.model.pages.length}`),
    );
    const contents =
      laid.model.pages[1]?.items.filter((item): item is TextItem => item.kind === 'text' && item.link !== undefined) ??
      [];
    expect(contents.length).toBeGreaterThan(20);
  });
});

describe('the pictures on the pages', () => {
  it('are the photos with their bytes, and the charts with their data', async () => {
    const laid = await layOutReportPages(request());
    const pictures = Object.values(laid.model.pictures);
    expect(pictures.filter((picture) => picture.chart)).toHaveLength(43);
    const photosShown = pictures.filter((picture) => !picture.chart);
    expect(photosShown).toHaveLength(20);
    for (const picture of photosShown) expect(laid.media.get(picture.media)?.byteLength).toBeGreaterThan(1000);
    expect(pictures.find((picture) => picture.chart)?.description).toMatch(
      /^Measures of 1\.1\.1: baseline, current and target\. .*Baseline \d+, Current \d+, Target \d+\./,
    );
  });
});
