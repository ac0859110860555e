import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleReport } from '@/electron/main/services/export/example/example-report';
import { layOutReportPages, type LaidOutReport } from '@/electron/main/services/export/pages/lay-out-report-pages';
import { writePdf } from '@/electron/main/services/export/pdf/write-pdf';
import { bundledFramework } from '@/shared/framework/load';
import { defaultExportOptions } from '@/shared/ipc/channels/export';

const run = promisify(execFile);
const framework = bundledFramework();

// Poppler's tools read the PDF as any reader would (tests/setup.sh installs poppler-utils).
describe('writePdf, read back with pdfinfo, pdffonts and pdftotext', () => {
  const example = exampleReport(framework, { wordsPerFeature: 150, photoCount: 4 });
  let folder: string;
  let file: string;
  let laid: LaidOutReport;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'ripoti-pdf-'));
    const photos = new Map([...example.photos].map(([id, bytes]) => [id, { name: id, bytes }]));
    laid = await layOutReportPages({
      report: example.report,
      framework,
      options: { ...defaultExportOptions, areaIds: ['1.1', '1.2'] },
      photos,
      exportedAt: '2026-11-01T09:00:00.000Z',
    });
    file = path.join(folder, 'report.pdf');
    await writeFile(
      file,
      await writePdf(laid.model, laid.media, {
        author: 'Amina Mwero',
        subject: 'Progress report',
        keywords: 'UNESCO GNLC',
        createdAt: new Date('2026-11-01T09:00:00Z'),
      }),
    );
  }, 60_000);
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('has the title (shown in the window), the language, the tags and the page count', async () => {
    const { stdout } = await run('pdfinfo', [file]);
    expect(stdout).toMatch(/^Title:\s+Kilifi Learning City Progress Report 2024–2026$/m);
    expect(stdout).toMatch(/^Author:\s+Amina Mwero$/m);
    expect(stdout).toMatch(/^Tagged:\s+yes$/m);
    expect(stdout).toMatch(new RegExp(`^Pages:\\s+${laid.model.pages.length}$`, 'm'));
    expect(laid.model.pages.length).toBeGreaterThan(8);
    const { stdout: catalog } = await run('pdfinfo', ['-meta', file]);
    expect(catalog).toContain('Kilifi Learning City Progress Report');
  });

  it('embeds its fonts (subsets of Arimo)', async () => {
    const { stdout } = await run('pdffonts', [file]);
    const fonts = stdout.split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const font of fonts) expect(font).toMatch(/^[A-Z]{6}\+Arimo-\S+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('holds selectable text: each heading on its page, the narratives and the captions', async () => {
    const { stdout } = await run('pdftotext', [file, '-']);
    const pages = stdout.split('\f').map((page) => page.replace(/\s+/g, ' '));
    for (const entry of laid.model.outline)
      expect(pages[entry.page - 1], entry.title).toContain(entry.title.replace(/\s+/g, ' '));
    const text = pages.join(' ').replace(/-\s/g, '');
    const section = example.report.sections['1.1.2'];
    for (const paragraph of section?.narrative.split('\n\n') ?? [])
      expect(text).toContain(paragraph.replace(/\s+/g, ' ').replace(/-\s/g, ''));
    expect(text).toMatch(/Figure \d+: Adult literacy class at a community learning centre, 2024/);
    expect(text).toMatch(/Figure \d+: Measures of 1\.1\.1: baseline, current and target/);
  });

  it('has a bookmark for every heading and the contents as links to them', async () => {
    const { stdout } = await run('pdfinfo', ['-dests', file]);
    for (const entry of laid.model.outline) expect(stdout).toContain(entry.bookmark);
    const raw = Buffer.from(
      await writePdf(laid.model, laid.media, { author: '', subject: '', keywords: '', createdAt: new Date(0) }),
    ).toString('latin1');
    // One /Title per outline item, and the document's own.
    expect(raw.match(/\/Title /g)?.length).toBe(laid.model.outline.length + 1);
    expect(raw).toMatch(/\/Outlines \d+ 0 R/);
    expect(raw.match(/\/Subtype \/Link/g)?.length).toBeGreaterThanOrEqual(laid.model.outline.length);
    expect(raw).toMatch(/\/Lang \(en-GB\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
  });
});
