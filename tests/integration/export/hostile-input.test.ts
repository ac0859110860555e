import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '@/electron/main/services/export/build-docx';
import { examplePhoto } from '@/electron/main/services/export/example/example-photos';
import type { ExportedDocument, PhotoFile } from '@/electron/main/services/export/export-request';
import { bundledFramework } from '@/shared/framework/load';
import { defaultExportOptions } from '@/shared/ipc/channels/export';
import { createReport } from '@/shared/report/create';
import { flat, pdfPages, renderPdf } from './support/render-pdf';

const framework = bundledFramework();
const now = '2026-11-01T09:00:00.000Z';
const EVERY_CONTROL = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join('') + '\u007F\u0085';
const ARABIC = 'مدينة التعلم مفتوحة للجميع';
const HEBREW = 'עיר לומדת';

function noisyPng(width: number, height: number): Uint8Array {
  const png = new PNG({ width, height });
  let seed = 11;
  for (let index = 0; index < png.data.length; index++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    png.data[index] = index % 4 === 3 ? 255 : seed >>> 24;
  }
  return new Uint8Array(PNG.sync.write(png, { deflateLevel: 1 }));
}

/** Every hostile input from the reliability handbook, in one draft. */
function hostileReport(): { report: ReturnType<typeof createReport>; photos: Map<string, PhotoFile> } {
  const report = createReport(framework, {
    id: '11111111-2222-4333-8444-555555555555',
    now,
    county: 'Garissa\u0000\uFFFF',
  });
  report.title = `Report ${EVERY_CONTROL} title \uFFFE\uFFFF \uD800 end 🎓`;
  const sections = Object.values(report.sections);
  const paragraph = 'Community learning centres opened in every ward of the county. ';
  const big = sections[0];
  // A pasted document: 1 MB in paragraphs of ten sentences. (One single 1 MB paragraph also
  // exports in under a second, but LibreOffice then needs minutes to lay it out.)
  if (big)
    big.narrative = `${Array.from({ length: Math.ceil(1_000_000 / paragraph.length / 10) }, () => paragraph.repeat(10)).join('\n\n')}\n\nLAST PARAGRAPH OF THE MEGABYTE`;
  const odd = sections[1];
  if (odd)
    odd.narrative = `Controls:${EVERY_CONTROL}|FFFF:\uFFFF|lone:\uD83D|\uDE00|emoji 🎓📚👩🏾‍🏫 | ${ARABIC} | ${HEBREW} | done`;
  const photos = new Map<string, PhotoFile>();
  const add = (sectionIndex: number, id: string, name: string, bytes: Uint8Array): void => {
    photos.set(id, { name, bytes });
    sections[sectionIndex]?.evidence.push({ attachmentId: id, caption: `${name} caption` });
  };
  for (let index = 0; index < 40; index++)
    add(2 + (index % 10), `photo${index}`, `photo-${index}.png`, examplePhoto(index, 320, 200).bytes);
  add(1, 'corrupt', 'broken-camera.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 1, 2, 3]));
  add(1, 'huge', 'forty-megabytes.png', noisyPng(3400, 3000));
  return { report, photos };
}

describe('hostile input still exports a document Word and LibreOffice open', () => {
  let folder: string;
  let output: ExportedDocument;
  let text: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'ripoti-hostile-'));
    const { report, photos } = hostileReport();
    output = await buildDocx({ report, framework, options: defaultExportOptions, photos, exportedAt: now });
    const docx = path.join(folder, 'hostile.docx');
    await writeFile(docx, output.bytes);
    text = flat((await pdfPages(await renderPdf(docx), false)).join(' '));
  }, 300_000);
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('names the corrupt photo and leaves it out, keeping the 40 photos and the downscaled 40 MB one', async () => {
    expect(output.warnings).toEqual([
      {
        photo: 'broken-camera.jpg',
        problem: 'cut-short',
        message: 'The photo "broken-camera.jpg" was left out: the file is cut short.',
      },
    ]);
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(output.bytes) })).value;
    expect(html.match(/<img /g)?.length).toBe(41);
    expect(text).toContain(flat('Figure 1: forty-megabytes.png caption'));
    expect(text).toContain(flat('Figure 41: photo-39.png caption'));
    expect(output.bytes.byteLength).toBeLessThan(10 * 1024 * 1024);
  });

  it('writes only characters XML allows, keeping emoji and right-to-left text', async () => {
    const { default: JSZip } = await import('jszip');
    const xml = await (await JSZip.loadAsync(output.bytes)).file('word/document.xml')?.async('string');
    expect(xml).toBeDefined();
    expect(
      // eslint-disable-next-line no-control-regex -- looking for control characters is the point
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(
        xml ?? '',
      ),
    ).toBe(false);
    expect(xml).toContain('emoji 🎓📚👩🏾‍🏫');
    expect(xml).toContain(ARABIC);
    expect(xml).toContain('<w:rtl/>');
  });

  it('renders the megabyte narrative to its last paragraph, and the odd characters', () => {
    expect(text).toContain('LAST PARAGRAPH OF THE MEGABYTE');
    expect(text).toContain('Controls:');
    expect(text).toContain(flat('|FFFF:|lone:||emoji'));
  });
});
