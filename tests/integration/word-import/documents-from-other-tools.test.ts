import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '@/electron/main/services/export/build-docx';
import { defaultExportOptions } from '@/shared/ipc/channels/export';
import { bundledFramework } from '@/shared/framework/load';
import { createReport, emptySection } from '@/shared/report/create';
import type { ImportDecision, WordImportPreview } from '@/shared/ipc/channels/word-import';
import { libreOfficeToDocx, runPython } from './support/external-tools';
import { openImportWorld, solidPng, type ImportWorld } from './support/import-world';

async function preview(world: ImportWorld, file: string): Promise<WordImportPreview> {
  const result = await world.wordImport.preview(path.basename(file), await readFile(file));
  if (result.status !== 'ready') throw new Error(result.message);
  return result.preview;
}

const targets = (preview: WordImportPreview) =>
  preview.parts.map((part) => [
    part.heading,
    part.proposed.kind === 'feature' ? `${part.proposed.featureId} ${part.proposed.field}` : part.proposed.kind,
  ]);

/** A French report typed in a word processor: heading styles, field names as sub-headings, lists, a table, a photo and its caption. */
function frenchReportHtml(photo: Buffer): string {
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Rapport</title></head><body>
<h1>Rapport de la ville apprenante de Mombasa</h1>
<h2>2.1 Apprentissage inclusif dans le système éducatif</h2>
<h3>Accès à l’éducation et à la protection de la petite enfance</h3>
<p>Douze centres ont ouvert en 2023.</p>
<p>Les parents participent aux comités.</p>
<h4>Défis</h4>
<p>La sécheresse a fermé trois centres :</p>
<ul><li>Kisauni</li><li>Likoni</li></ul>
<table border="1"><tr><th>Indicateur</th><th>Valeur de référence</th><th>Valeur actuelle</th><th>Cible</th></tr><tr><td>Taux de scolarisation (%)</td><td>54</td><td>61</td><td>70</td></tr></table>
<p><img src="data:image/png;base64,${photo.toString('base64')}" alt="Centre de Kisauni" width="120" height="80"></p>
<p>Figure 1 : Ouverture du centre de Kisauni</p>
<h3>Accès à l’éducation du primaire à l’enseignement supérieur</h3>
<p>Trois écoles secondaires construites.</p>
<h2>Remerciements</h2>
<p>Merci au comté.</p>
</body></html>`;
}

/** A LibreOffice document with a tracked insertion, a tracked deletion and a comment. */
const TRACKED_FODT = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text>
<text:tracked-changes>
<text:changed-region text:id="ct1"><text:insertion><office:change-info><dc:creator>Education</dc:creator><dc:date>2026-10-01T10:00:00</dc:date></office:change-info></text:insertion></text:changed-region>
<text:changed-region text:id="ct2"><text:deletion><office:change-info><dc:creator>Education</dc:creator><dc:date>2026-10-01T10:00:00</dc:date></office:change-info><text:p>twelve </text:p></text:deletion></text:changed-region>
</text:tracked-changes>
<text:h text:outline-level="3">2.1.1 Access to early childhood care and education</text:h>
<text:p>Centres opened in <text:change text:change-id="ct2"/><text:change-start text:change-id="ct1"/>fifteen <text:change-end text:change-id="ct1"/>wards.<office:annotation><dc:creator>Reviewer</dc:creator><dc:date>2026-10-02T09:00:00</dc:date><text:p>Check the number</text:p></office:annotation></text:p>
</office:text></office:body></office:document>`;

describe('Word files Ripoti did not write', () => {
  let world: ImportWorld;
  let folder: string;
  let photoPath: string;
  let converted: { french: string; tracked: string };

  beforeAll(async () => {
    world = await openImportWorld();
    folder = world.dir;
    photoPath = path.join(folder, 'photo.png');
    await writeFile(photoPath, solidPng(64, 48, [20, 120, 30]));
    await writeFile(path.join(folder, 'mombasa.html'), frenchReportHtml(solidPng(60, 40, [200, 30, 30])));
    await writeFile(path.join(folder, 'tracked.fodt'), TRACKED_FODT);
    // Two runs: the HTML filter would also apply to the .fodt.
    const [french] = await libreOfficeToDocx([path.join(folder, 'mombasa.html')], path.join(folder, 'lo'));
    const [tracked] = await libreOfficeToDocx([path.join(folder, 'tracked.fodt')], path.join(folder, 'lo'));
    if (!french || !tracked) throw new Error('LibreOffice converted nothing');
    converted = { french, tracked };
  }, 240_000);
  afterAll(() => world.dispose());

  it('maps a python-docx report by Kiswahili titles on numbered lists, bold field names and a numbered Heading 2', async () => {
    const file = path.join(folder, 'kilifi-2022.docx');
    await runPython('make_report_with_python_docx.py', [file, photoPath]);
    const proposed = await preview(world, file);
    expect(proposed.language).toBe('sw');
    expect(targets(proposed)).toEqual([
      ['', 'skip'],
      ['Uwezeshaji wa mtu binafsi na mshikamano wa kijamii', 'skip'],
      ['Kila raia anaweza kujua kusoma na kuandika na kupata stadi za msingi', '1.1.1 auto'],
      ['Changamoto', '1.1.1 challenges'],
      ['Raia hushiriki kikamilifu katika maisha ya umma ya mji', '1.1.2 auto'],
      ['2.1.3 Upatikanaji wa elimu ya watu wazima', '2.1.3 auto'],
      ['Hatua zinazofuata', '2.1.3 nextSteps'],
      ['Shukrani', 'annex'],
    ]);
    const outcome = await world.wordImport.apply(proposed.previewId, { kind: 'new' }, []);
    const report = await world.drafts.store.get(outcome.reportId);
    expect(report.language).toBe('sw');
    expect(report.period).toEqual({ startMonth: '2024-04', endMonth: '2026-09', dueDate: '2026-12-31' });
    const literacy = report.sections['1.1.1'];
    expect(literacy?.narrative).toBe(
      'Vituo 40 vya kisomo cha watu wazima vilifunguliwa.\n\nWanafunzi 1,200 walisajiliwa.',
    );
    expect(literacy?.challenges).toBe('Ukame ulifunga vituo vitano.\n- Usafiri\n- Fedha');
    expect(
      literacy?.measures.map(({ indicator, baseline, current, target }) => [indicator, baseline, current, target]),
    ).toEqual([
      ['Kiwango cha kisomo (%)', '61', '68', '75'],
      ['Vituo', '12', '40', '50'],
    ]);
    expect(literacy?.evidence.map((evidence) => evidence.caption)).toEqual(['Darasa la watu wazima, Rabai']);
    expect(report.sections['2.1.3']?.nextSteps).toBe('Kujenga vyuo viwili vipya.');
    expect(report.annex?.map((entry) => [entry.heading, entry.text, entry.source])).toEqual([
      ['Shukrani', 'Tunawashukuru wadau wote.', 'kilifi-2022.docx'],
    ]);
  });

  it('imports a LibreOffice report into an open report: keep by default, append or replace where chosen, undo in one step', async () => {
    const now = new Date().toISOString();
    const open = createReport(bundledFramework(), {
      id: randomUUID(),
      now,
      title: 'Mombasa 2024–2026',
      language: 'fr',
    });
    open.sections['2.1.1'] = {
      ...emptySection(now),
      status: 'in-progress',
      narrative: 'Text the officer already wrote.',
      challenges: 'Old challenges.',
    };
    open.sections['2.1.2'] = { ...emptySection(now), status: 'in-progress', narrative: 'Officer’s text on schools.' };
    await world.drafts.store.put(open);
    const proposed = await preview(world, converted.french);
    expect(proposed.language).toBe('fr');
    expect(targets(proposed)).toEqual([
      ['Rapport de la ville apprenante de Mombasa', 'annex'],
      ['2.1 Apprentissage inclusif dans le système éducatif', 'skip'],
      ['Accès à l’éducation et à la protection de la petite enfance', '2.1.1 auto'],
      ['Défis', '2.1.1 challenges'],
      ['Accès à l’éducation du primaire à l’enseignement supérieur', '2.1.2 auto'],
      ['Remerciements', 'annex'],
    ]);
    const part = (heading: string) => {
      const found = proposed.parts.find((candidate) => candidate.heading === heading);
      if (!found) throw new Error(`no part "${heading}"`);
      return found;
    };
    const decisions: ImportDecision[] = [
      {
        partId: part('Accès à l’éducation et à la protection de la petite enfance').id,
        target: part('Accès à l’éducation et à la protection de la petite enfance').proposed,
        policy: 'append',
      },
      { partId: part('Défis').id, target: part('Défis').proposed, policy: 'replace' },
      // The officer sends the secondary-school part to Key Feature 2.1.3 instead.
      {
        partId: part('Accès à l’éducation du primaire à l’enseignement supérieur').id,
        target: { kind: 'feature', featureId: '2.1.3', field: 'narrative' },
        policy: 'keep',
      },
      { partId: part('Rapport de la ville apprenante de Mombasa').id, target: { kind: 'skip' }, policy: 'keep' },
    ];
    const before = await world.drafts.store.get(open.id);
    const outcome = await world.wordImport.apply(proposed.previewId, { kind: 'report', reportId: open.id }, decisions);
    const after = await world.drafts.store.get(open.id);
    expect(after.sections['2.1.1']?.narrative).toBe(
      'Text the officer already wrote.\n\nDouze centres ont ouvert en 2023.\n\nLes parents participent aux comités.',
    );
    expect(after.sections['2.1.1']?.challenges).toBe('La sécheresse a fermé trois centres :\n- Kisauni\n- Likoni');
    expect(
      after.sections['2.1.1']?.measures.map((row) => [row.indicator, row.baseline, row.current, row.target]),
    ).toEqual([['Taux de scolarisation (%)', '54', '61', '70']]);
    expect(after.sections['2.1.1']?.evidence.map((evidence) => evidence.caption)).toEqual([
      'Ouverture du centre de Kisauni',
    ]);
    expect(after.sections['2.1.3']).toMatchObject({
      narrative: 'Trois écoles secondaires construites.',
      status: 'in-progress',
    });
    expect(after.sections['2.1.2']).toEqual(before.sections['2.1.2']);
    expect(after.annex?.map((entry) => [entry.heading, entry.text])).toEqual([['Remerciements', 'Merci au comté.']]);
    expect([...outcome.featuresChanged].sort()).toEqual(['2.1.1', '2.1.3']);

    // The annex is part of the report: its Word export prints it at the end.
    const exported = await buildDocx({
      report: after,
      framework: bundledFramework(),
      options: defaultExportOptions,
      photos: new Map(),
      exportedAt: now,
    });
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(exported.bytes) })).value;
    expect(text).toMatch(/Annex: text from imported Word files\s+Remerciements\s+Merci au comté\./);

    const history = await world.drafts.history.list(open.id);
    expect(history[0]).toMatchObject({
      reason: 'before-word-in',
      source: { kind: 'word-file', fileName: 'mombasa.docx' },
    });
    await world.wordImport.undo(outcome.undo.reportId, outcome.undo.snapshotId);
    const undone = await world.drafts.store.get(open.id);
    expect({ ...undone, updatedAt: '' }).toEqual({ ...before, updatedAt: '' });
  });

  it('takes tracked changes as accepted, leaves comments out, and says how many there were', async () => {
    const proposed = await preview(world, converted.tracked);
    expect(proposed).toMatchObject({ trackedChanges: 2, comments: 1 });
    expect(proposed.parts[0]?.firstWords).toBe('Centres opened in fifteen wards.');
  });
});
