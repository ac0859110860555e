import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '@/electron/main/services/export/build-docx';
import { exampleReport } from '@/electron/main/services/export/example/example-report';
import { allAreas, allKeyFeatures, bundledFramework } from '@/shared/framework/load';
import { defaultExportOptions } from '@/shared/ipc/channels/export';
import { bodyOf, flat, pdfPageCount, pdfPages, renderPdf } from './support/render-pdf';

const framework = bundledFramework();

describe('the example report, rendered by LibreOffice', () => {
  const example = exampleReport(framework);
  let folder: string;
  const header = 'Kilifi · April 2024 – September 2026';
  let pages: string[];
  let plainPages: string[];
  let plain: string;
  let pageCount: number;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'ripoti-render-'));
    const photos = new Map([...example.photos].map(([id, bytes]) => [id, { name: id, bytes }]));
    const output = await buildDocx({
      report: example.report,
      framework,
      options: defaultExportOptions,
      photos,
      exportedAt: '2026-11-01T09:00:00.000Z',
    });
    const docx = path.join(folder, 'example.docx');
    await writeFile(docx, output.bytes);
    const pdf = await renderPdf(docx);
    pages = await pdfPages(pdf);
    plainPages = await pdfPages(pdf, false);
    plain = flat(plainPages.map((page) => bodyOf(page, header)).join(' '));
    pageCount = await pdfPageCount(pdf);
  }, 240_000);
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('shows every tier, area and Key Feature heading and every narrative', () => {
    for (const tier of framework.tiers) expect(plain).toContain(flat(`${tier.id} ${tier.title.en}`));
    for (const area of allAreas(framework)) expect(plain).toContain(flat(`${area.id} ${area.title.en}`));
    for (const feature of allKeyFeatures(framework)) {
      expect(plain).toContain(flat(feature.title.en));
      const section = example.report.sections[feature.id];
      for (const paragraph of section?.narrative.split('\n\n') ?? []) expect(plain).toContain(flat(paragraph));
      for (const bullet of section?.actions.split('\n') ?? []) expect(plain).toContain(flat(bullet.replace(/^- /, '')));
    }
  });

  it('shows every measures table cell and the profile table', () => {
    for (const feature of allKeyFeatures(framework)) {
      for (const row of example.report.sections[feature.id]?.measures ?? []) {
        for (const cell of [row.indicator, row.baseline, row.current, row.target]) expect(plain).toContain(flat(cell));
      }
    }
    for (const value of ['Amina Mwero', 'learningcity@kilifi.go.ke', '1,453,787']) expect(plain).toContain(flat(value));
  });

  it('numbers every photo caption and every measures chart, in the order they come', () => {
    // Each Key Feature's measures chart comes before its photos; all are figures of one sequence.
    const captions = allKeyFeatures(framework).flatMap((feature) => [
      `Measures of ${feature.id}: baseline, current and target`,
      ...(example.report.sections[feature.id]?.evidence ?? []).map((evidence) => evidence.caption),
    ]);
    expect(captions).toHaveLength(43 + 20);
    captions.forEach((caption, index) => expect(plain).toContain(flat(`Figure ${index + 1}: ${caption}`)));
  });

  it('lists every area in the contents with the page it starts on', () => {
    const contents = pages.slice(1, 4).join('\n');
    let exact = 0;
    for (const area of allAreas(framework)) {
      const entry = new RegExp(`^\\s*${area.id.replace('.', '\\.')} .*?\\.{3,}\\s*(\\d+)\\s*$`, 'm').exec(contents);
      expect(entry, `contents entry for area ${area.id}`).not.toBeNull();
      const listed = Number(entry?.[1]);
      const heading = new RegExp(`^${area.id.replace('.', '\\.')} ${area.title.en}`, 'm');
      // Pages 1-4 are the cover, contents, profile and overview table (which also names each area).
      const actual = plainPages.findIndex((page, index) => index > 3 && heading.test(page)) + 1;
      expect(actual).toBeGreaterThan(0);
      // Word's and LibreOffice's layouts differ by a line here and there: within one page, mostly exact.
      expect(
        Math.abs(listed - actual),
        `area ${area.id}: contents says ${listed}, heading is on ${actual}`,
      ).toBeLessThanOrEqual(1);
      if (listed === actual) exact++;
    }
    expect(exact).toBeGreaterThanOrEqual(10);
  });

  it('has "Page X of Y" in every footer and a header with county and cycle', () => {
    expect(pageCount).toBeGreaterThan(40);
    expect(pages).toHaveLength(pageCount);
    pages.forEach((page, index) => expect(flat(page)).toContain(`Page ${index + 1} of ${pageCount}`));
    expect(pages[5]).toContain(header);
  });
});
