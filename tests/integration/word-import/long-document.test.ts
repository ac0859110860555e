import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '@/electron/main/services/export/build-docx';
import { exampleReport } from '@/electron/main/services/export/example/example-report';
import { bundledFramework } from '@/shared/framework/load';
import { defaultExportOptions } from '@/shared/ipc/channels/export';
import { openImportWorld, type ImportWorld } from './support/import-world';

const framework = bundledFramework();

/** The same document with its body repeated: more XML than Ripoti reads. */
function repeatedBody(docx: Uint8Array, times: number): Uint8Array {
  const parts = unzipSync(docx);
  const xml = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
  const start = xml.indexOf('<w:body>') + '<w:body>'.length;
  const end = xml.lastIndexOf('<w:sectPr');
  parts['word/document.xml'] = strToU8(xml.slice(0, start) + xml.slice(start, end).repeat(times) + xml.slice(end));
  return zipSync(parts);
}

describe('long documents', () => {
  let world: ImportWorld;
  let long: Uint8Array;

  beforeAll(async () => {
    world = await openImportWorld();
    // ~4,200 words a Key Feature: 307 pages as LibreOffice lays it out (npm run bench -- word-in prints the count).
    const example = exampleReport(framework, { wordsPerFeature: 4_200, photoCount: 20 });
    const photos = new Map([...example.photos].map(([id, bytes]) => [id, { name: id, bytes }]));
    long = (
      await buildDocx({
        report: example.report,
        framework,
        options: defaultExportOptions,
        photos,
        exportedAt: '2026-11-01T09:00:00.000Z',
      })
    ).bytes;
  }, 120_000);
  afterAll(() => world.dispose());

  it('reads and maps a 300-page report like a short one', async () => {
    const result = await world.wordImport.preview('long.docx', long);
    if (result.status !== 'ready') throw new Error(result.message);
    const features = result.preview.parts.filter((part) => part.proposed.kind === 'feature');
    expect(features).toHaveLength(43);
    expect(features.every((part) => part.wordCount > 4_000)).toBe(true);
  });

  it('refuses a document with more text than it reads, saying how much, before building anything from it', async () => {
    const result = await world.wordImport.preview('huge.docx', repeatedBody(long, 7));
    expect(result).toMatchObject({ status: 'refused', problem: 'file-too-large' });
    expect(result.status === 'refused' && result.message).toMatch(
      /^The document's text is 1\d\.\d MB unpacked; Ripoti reads up to 10\.0 MB \(about 1,500 pages\)\.$/,
    );
  });
});
