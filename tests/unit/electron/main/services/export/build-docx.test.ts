import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '@/electron/main/services/export/build-docx';
import { exampleReport } from '@/electron/main/services/export/example/example-report';
import type { PhotoFile } from '@/electron/main/services/export/export-request';
import { bundledFramework, allKeyFeatures } from '@/shared/framework/load';
import { defaultExportOptions, type ExportOptions } from '@/shared/ipc/channels/export';
import type { Section } from '@/shared/report/schema';
import { createReport } from '@/shared/report/create';

const framework = bundledFramework();
const exportedAt = '2026-11-01T09:00:00.000Z';

function photoFiles(photos: ReadonlyMap<string, Uint8Array>): Map<string, PhotoFile> {
  return new Map([...photos].map(([id, bytes]) => [id, { name: `${id.slice(0, 6)}.png`, bytes }]));
}

async function html(bytes: Uint8Array): Promise<string> {
  return (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
}

describe('buildDocx (read back with mammoth)', () => {
  const example = exampleReport(framework, { wordsPerFeature: 80, photoCount: 5 });

  it('has one heading per tier, area and Key Feature in framework order, with narratives, tables and captions', async () => {
    const output = await buildDocx({
      report: example.report,
      framework,
      options: defaultExportOptions,
      photos: photoFiles(example.photos),
      exportedAt,
    });
    const text = await html(output.bytes);
    const h3 = [...text.matchAll(/<h3>(?:<a id="[^"]*"><\/a>)*([\d.]+) /g)].map((match) => match[1]);
    expect(h3).toEqual(allKeyFeatures(framework).map((feature) => feature.id));
    expect(text.match(/<h2>/g)?.length).toBe(12);
    for (const feature of allKeyFeatures(framework).slice(0, 5)) {
      const narrative = example.report.sections[feature.id]?.narrative.split('\n\n')[1] ?? '';
      expect(text).toContain(narrative.slice(0, 60).replace(/’/g, '’'));
    }
    expect(text).toContain('<td><p>Adult literacy rate by sex (%)</p></td>');
    // 5 photos and a chart under each of the 43 measures tables (every one has numbers).
    expect(text.match(/<img /g)?.length).toBe(48);
    expect(text.match(/<img [^>]*alt="Measures of \d+\.\d+\.\d+:/g)?.length).toBe(43);
    // Caption numbers are SEQ fields with their value written in (mammoth skips field results).
    expect(text).toMatch(/Figure : Adult literacy class/);
    expect(text).toMatch(/Figure : Measures of 1\.1\.1: baseline, current and target/);
    const xml = (await (await JSZip.loadAsync(output.bytes)).file('word/document.xml')?.async('string')) ?? '';
    const numbers = [
      ...xml.matchAll(/<w:fldSimple w:instr="SEQ Figure \\\* ARABIC"[^>]*><w:r><w:t[^>]*>(\d+)<\/w:t>/g),
    ].map((match) => match[1]);
    expect(numbers).toEqual(Array.from({ length: 48 }, (_, index) => String(index + 1)));
    expect(output.warnings).toEqual([]);
  });

  it('marks empty Key Features in a draft and lists not-applicable ones with their reason', async () => {
    const report = createReport(framework, {
      id: '11111111-2222-4333-8444-555555555555',
      now: exportedAt,
      county: 'Garissa',
    });
    const na = report.sections['1.1.2'];
    if (na)
      Object.assign(na, {
        status: 'not-applicable',
        notApplicableReason: 'No such programme in the county during the cycle.',
      });
    const output = await buildDocx({ report, framework, options: defaultExportOptions, photos: new Map(), exportedAt });
    const text = await html(output.bytes);
    expect(text.match(/Not yet answered\./g)?.length).toBe(42);
    expect(text).toContain('Not applicable: </strong>No such programme in the county during the cycle.');
  });

  it('prints "Completeness by area" by the same rule as the app, and no table for a blank measures row', async () => {
    const report = createReport(framework, { id: '11111111-2222-4333-8444-555555555555', now: exportedAt });
    const write = (id: string, patch: Partial<Section>) => Object.assign(report.sections[id] ?? {}, patch);
    write('1.1.1', { narrative: 'Literacy classes.', status: 'complete' });
    write('1.1.2', { status: 'complete' }); // "Complete" over nothing: not counted
    write('1.1.3', { narrative: 'Barazas.', status: 'in-progress' }); // answered, not marked complete: not counted
    write('1.1.4', {
      measures: [{ id: 'm1', indicator: '', unit: '', baseline: '', current: '', target: '', source: '' }],
    });
    const text = await html(
      (
        await buildDocx({
          report,
          framework,
          options: { ...defaultExportOptions, areaIds: ['1.1'] },
          photos: new Map(),
          exportedAt,
        })
      ).bytes,
    );
    expect(text).toMatch(/1\.1 {2}Individual empowerment and social cohesion<\/p><\/td><td><p>1 \/ 4<\/p>/);
    // The blank row is no answer: 1.1.4 says so, and no measures table is printed anywhere.
    expect(text.match(/Not yet answered\./g)?.length).toBe(2);
    expect(text).not.toContain('Indicator</strong>');
  });

  it('exports only the chosen areas, and no photos when asked', async () => {
    const options: ExportOptions = { ...defaultExportOptions, areaIds: ['2.4'], includePhotos: false };
    const text = await html(
      (await buildDocx({ report: example.report, framework, options, photos: photoFiles(example.photos), exportedAt }))
        .bytes,
    );
    expect([...text.matchAll(/<h3>(?:<a id="[^"]*"><\/a>)*([\d.]+) /g)].map((match) => match[1])).toEqual([
      '2.4.1',
      '2.4.2',
      '2.4.3',
    ]);
    // No photo; the three measures charts of the area stay (they are not photos).
    expect(text.match(/<img /g)?.length).toBe(3);
    expect(text.match(/<img [^>]*alt="Measures of 2\.4\.\d:/g)?.length).toBe(3);
  });

  it('keeps bullet points and line breaks from the officer’s text', async () => {
    const report = createReport(framework, { id: '11111111-2222-4333-8444-555555555555', now: exportedAt });
    const section = report.sections['1.1.1'];
    if (section) section.narrative = 'First line\nsecond line\n\n- bullet one\n- bullet two\n\nLast paragraph';
    const text = await html(
      (await buildDocx({ report, framework, options: defaultExportOptions, photos: new Map(), exportedAt })).bytes,
    );
    expect(text).toContain(
      '<p>First line<br />second line</p><ul><li>bullet one</li><li>bullet two</li></ul><p>Last paragraph</p>',
    );
  });
});
