import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '@/electron/main/services/export/build-docx';
import { exampleReport, type ExampleReport } from '@/electron/main/services/export/example/example-report';
import { allAreas, allKeyFeatures, bundledFramework } from '@/shared/framework/load';
import { defaultExportOptions } from '@/shared/ipc/channels/export';
import type { WordImportPreview } from '@/shared/ipc/channels/word-import';
import type { Report } from '@/shared/report/schema';
import { openImportWorld, type ImportWorld } from './support/import-world';

const framework = bundledFramework();
const TEXT_FIELDS = ['narrative', 'actions', 'goodPractice', 'challenges', 'nextSteps'] as const;

describe('export → import: the example report comes back as it was', () => {
  let world: ImportWorld;
  let example: ExampleReport;
  let preview: WordImportPreview;
  let imported: Report;

  beforeAll(async () => {
    world = await openImportWorld();
    example = exampleReport(framework);
    const photos = new Map([...example.photos].map(([id, bytes]) => [id, { name: id, bytes }]));
    const docx = await buildDocx({
      report: example.report,
      framework,
      options: defaultExportOptions,
      photos,
      exportedAt: '2026-11-01T09:00:00.000Z',
    });
    const result = await world.wordImport.preview('kilifi-2024.docx', docx.bytes);
    if (result.status !== 'ready') throw new Error(result.message);
    preview = result.preview;
    const outcome = await world.wordImport.apply(preview.previewId, { kind: 'new' }, []);
    imported = await world.drafts.store.get(outcome.reportId);
  });
  afterAll(() => world.dispose());

  it('maps each of the 60 headings to the right place with no help', () => {
    const expected = new Map<string, string>([
      ['Profile of the learning city', 'profile'],
      ['Completeness by area', 'skip'],
    ]);
    for (const tier of framework.tiers) expected.set(`${tier.id}  ${tier.title.en}`, 'skip');
    for (const area of allAreas(framework)) expected.set(`${area.id}  ${area.title.en}`, 'skip');
    for (const feature of allKeyFeatures(framework))
      expected.set(`${feature.id}  ${feature.title.en}`, `feature ${feature.id}`);
    const headed = preview.parts.filter((part) => part.heading);
    expect(headed).toHaveLength(60);
    const right = headed.filter((part) => {
      const target = part.proposed.kind === 'feature' ? `feature ${part.proposed.featureId}` : part.proposed.kind;
      return expected.get(part.heading.replace(/^(\d+(?:\.\d+)*) /, '$1  ')) === target;
    });
    expect(right.length).toBe(60);
  });

  it('gives every narrative and every other text field back identical', () => {
    const differences: string[] = [];
    for (const [id, section] of Object.entries(example.report.sections)) {
      for (const field of TEXT_FIELDS)
        if (imported.sections[id]?.[field] !== section[field]) differences.push(`${id} ${field}`);
    }
    expect(differences).toEqual([]);
    expect(Object.values(example.report.sections).filter((section) => section.narrative.length > 0)).toHaveLength(43);
  });

  it('gives the measures, SDG targets, photo captions and profile back, each photo stored once', () => {
    for (const [id, section] of Object.entries(example.report.sections)) {
      const back = imported.sections[id];
      expect(
        back?.measures.map(({ id: _id, ...cells }) => cells),
        id,
      ).toEqual(section.measures.map(({ id: _id, ...cells }) => cells));
      expect(back?.sdgTargets, id).toEqual(section.sdgTargets);
      expect(
        back?.evidence.map((evidence) => evidence.caption),
        id,
      ).toEqual(section.evidence.map((evidence) => evidence.caption));
    }
    expect(imported.profile).toEqual(example.report.profile);
    expect(Object.keys(imported.attachments)).toHaveLength(20);
  });

  it('is a new report for the next cycle, marked as imported, every answered section in progress', () => {
    expect(imported.importedFrom?.fileName).toBe('kilifi-2024.docx');
    expect(imported.period).toEqual({ startMonth: '2026-04', endMonth: '2028-09', dueDate: '2028-12-31' });
    expect(imported.title).toBe(example.report.title);
    expect(new Set(Object.values(imported.sections).map((section) => section.status))).toEqual(
      new Set(['in-progress']),
    );
    expect(imported.annex ?? []).toEqual([]);
  });
});

describe('export in French → import: figures with grouped thousands come back as stored', () => {
  let world: ImportWorld;
  afterAll(() => world.dispose());

  it('reads "1 453 787" and "12 500" as the figures they were, not as text the final check refuses', async () => {
    world = await openImportWorld();
    const example = exampleReport(framework, { photoCount: 0 });
    const feature = allKeyFeatures(framework)[0];
    const section = feature ? example.report.sections[feature.id] : undefined;
    const row = section?.measures[0];
    if (!feature || !section || !row) throw new Error('the example has no measures');
    section.measures[0] = { ...row, baseline: '12500', current: '14250.5', target: '20000' };
    const docx = await buildDocx({
      report: example.report,
      framework,
      options: { ...defaultExportOptions, language: 'fr' },
      photos: new Map(),
      exportedAt: '2026-11-01T09:00:00.000Z',
    });
    const result = await world.wordImport.preview('kilifi-fr.docx', docx.bytes);
    if (result.status !== 'ready') throw new Error(result.message);
    expect(result.preview.language).toBe('fr');
    const outcome = await world.wordImport.apply(result.preview.previewId, { kind: 'new' }, []);
    const imported = await world.drafts.store.get(outcome.reportId);
    expect(imported.profile.population).toBe('1453787');
    expect(imported.profile.areaKm2).toBe('12610');
    const back = imported.sections[feature.id]?.measures[0];
    expect([back?.baseline, back?.current, back?.target]).toEqual(['12500', '14250.5', '20000']);
  });
});
