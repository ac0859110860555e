import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '@/electron/main/services/export/build-docx';
import { bundledFramework } from '@/shared/framework/load';
import { defaultExportOptions } from '@/shared/ipc/channels/export';
import type { Language } from '@/shared/language';
import { createReport } from '@/shared/report/create';
import type { Report } from '@/shared/report/schema';
import { kilifiProfile } from '../../fixtures/profiles';
import { pdfPages, renderPdf } from './support/render-pdf';

const framework = bundledFramework();

/** A short report: the cover, the profile and one answered Key Feature are what this test reads. */
function report(): Report {
  const draft = createReport(framework, {
    id: '3f1c2b9e-8d4a-4c1e-9b2f-1a2b3c4d5e6f',
    now: '2025-03-01T08:00:00.000Z',
    county: 'Kilifi',
    title: 'Kilifi 2023–2025',
  });
  draft.period = { startMonth: '2023-04', endMonth: '2025-09', dueDate: '2025-12-01' };
  draft.profile = {
    ...kilifiProfile,
    population: '1453787',
    membershipDate: '2020-09-15',
    dataYear: '2024',
    schoolingYearsWomen: '6.8',
  };
  const section = draft.sections['1.1.1'];
  if (!section) throw new Error('framework shape changed');
  draft.sections['1.1.1'] = {
    ...section,
    status: 'complete',
    narrative: 'Literacy classes in twelve wards.',
    measures: [
      {
        id: 'm1',
        indicator: 'Adult literacy rate',
        unit: '%',
        baseline: '61.5',
        current: '72.25',
        target: '80',
        source: 'KNBS',
      },
    ],
  };
  draft.sections['3.3.3'] = { ...section, status: 'not-applicable', notApplicableReason: 'Fees are set nationally.' };
  return draft;
}

/** The Word file in one language, rendered by LibreOffice, as the text of its first pages. */
async function rendered(folder: string, language: Language): Promise<string> {
  const output = await buildDocx({
    report: report(),
    framework,
    options: { ...defaultExportOptions, language, includePhotos: false },
    photos: new Map(),
    exportedAt: '2025-03-12T12:00:00.000Z',
  });
  const docx = path.join(folder, `report-${language}.docx`);
  await writeFile(docx, output.bytes);
  return (await pdfPages(await renderPdf(docx), false)).join('\n');
}

describe('the Word file writes dates, numbers and punctuation as people of its language write them', () => {
  let folder: string;
  const text: Partial<Record<Language, string>> = {};

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'ripoti-words-'));
    for (const language of ['en', 'sw', 'fr'] as const) text[language] = await rendered(folder, language);
  }, 360_000);
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('dates: 12 March 2025, 12 Machi 2025, 12 mars 2025; the first of a month as each language writes it', () => {
    expect(text.en).toMatch(/Exported on: 12 March 2025/);
    expect(text.en).toMatch(/Due: 1 December 2025/);
    expect(text.sw).toMatch(/Imetolewa tarehe: 12 Machi 2025/);
    expect(text.sw).toMatch(/Tarehe ya mwisho: 1 Desemba 2025/);
    expect(text.fr).toMatch(/Exporté le\s: 12 mars 2025/u);
    expect(text.fr).toMatch(/Date limite de remise\s: 1er décembre 2025/u);
    for (const language of ['en', 'sw', 'fr'] as const) expect(text[language]).not.toContain('2025-03-12');
  });

  it('the GNLC membership date written out, and the profile asked in the report language', () => {
    expect(text.en).toMatch(/Date the city joined the GNLC\s+15 September 2020/);
    expect(text.sw).toMatch(/Tarehe mji ulipojiunga na GNLC\s+15 Septemba 2020/);
    expect(text.fr).toMatch(/Date d’adhésion de la ville au GNLC\s+15 septembre 2020/);
    expect(text.en).toMatch(/Year of the figures below\s+2024/);
  });

  it('numbers: 1,453,787 and 6.8 in English and Kiswahili, 1 453 787 and 6,8 in French, in the profile and the measures', () => {
    expect(text.en).toMatch(/Population\s+1,453,787/);
    expect(text.sw).toMatch(/Idadi ya watu\s+1,453,787/);
    expect(text.fr).toMatch(/Population\s+1\s453\s787/u);
    // A long label wraps in its cell: any white space between its words.
    expect(text.en).toMatch(/Average\s+years\s+of\s+schooling\s+of\s+women\s+6\.8/);
    expect(text.fr).toMatch(/Durée\s+moyenne\s+de\s+scolarisation\s+des\s+femmes\s+\(années\)\s+6,8/);
    expect(text.en).toMatch(/61\.5\s+72\.25\s+80/);
    expect(text.sw).toMatch(/61\.5\s+72\.25\s+80/);
    expect(text.fr).toMatch(/61,5\s+72,25\s+80/);
  });

  it('French: a space before the colon, never glued to the word', () => {
    const french = text.fr ?? '';
    expect(french).toMatch(/Période couverte\s: avril 2023 – septembre 2025/u);
    expect(french).toMatch(/Sans objet\s: Fees are set nationally\./u);
    expect(french).not.toMatch(/\p{L}:\s/u);
  });
});
