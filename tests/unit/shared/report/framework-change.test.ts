import { describe, expect, it } from 'vitest';
import { bundledFramework, findFeature } from '@/shared/framework/load';
import { createReport } from '@/shared/report/create';
import { effectOnDraft, lossRefusal } from '@/shared/report/framework-change';
import type { Report, Section } from '@/shared/report/schema';
import { framework2016, nationalVersion } from '@/tests/fixtures/frameworks/national';

const bundled = bundledFramework();
const now = '2026-11-23T09:00:00.000Z';

function draft(sections: Record<string, Partial<Section>>): Report {
  const report = createReport(bundled, {
    id: '3f1c2b9e-8d4a-4c1e-9b2f-1a2b3c4d5e6f',
    now,
    title: 'Kilifi 2026',
    county: 'Kilifi',
  });
  for (const [id, patch] of Object.entries(sections)) {
    const section = report.sections[id];
    if (!section) throw new Error(`no ${id}`);
    report.sections[id] = { ...section, status: 'in-progress', ...patch };
  }
  return report;
}

describe('what new questions do to a draft', () => {
  it('moves the text of a renamed feature, archives a removed one with its old title, and loses nothing', () => {
    const before = draft({
      '1.2.4': { narrative: 'A cultural festival with 40 learning stalls.' },
      '3.3.3': { narrative: 'Bursaries for 300 adult learners.' },
      '2.1.1': { narrative: 'Untouched.' },
    });
    const { effect, migrated } = effectOnDraft(before, framework2016(), bundled);
    expect(effect.renamed).toEqual([{ from: '1.2.4', to: '1.2.5' }]);
    expect(effect.archived).toEqual(['3.3.3']);
    expect(effect.lost).toEqual([]);
    expect(effect.unfit).toBeNull();
    expect(migrated.sections['1.2.5']?.narrative).toBe('A cultural festival with 40 learning stalls.');
    expect(migrated.archivedSections[0]).toMatchObject({
      featureId: '3.3.3',
      title: findFeature(bundled, '3.3.3')?.feature.title.en,
      frameworkVersion: bundled.version,
    });
    expect(migrated.archivedSections[0]?.section.narrative).toBe('Bursaries for 300 adult learners.');
    expect(lossRefusal([effect])).toBeNull();
  });

  it('does not count empty features as moved', () => {
    expect(effectOnDraft(draft({}), framework2016(), bundled).effect).toMatchObject({
      renamed: [],
      merged: [],
      archived: [],
    });
  });

  it('finds a caption a merge would drop (one photo under two features) and refuses the questions', () => {
    const photo = 'a'.repeat(64);
    const before = draft({
      '1.1.3': {
        narrative: 'Women chair committees.',
        evidence: [{ attachmentId: photo, caption: 'Ward committee, Ganze' }],
      },
      '1.1.4': { narrative: 'Peace barazas.', evidence: [{ attachmentId: photo, caption: 'Baraza at Malindi' }] },
    });
    const { effect } = effectOnDraft(before, framework2016(), bundled);
    expect(effect.lost.map((entry) => [entry.where, entry.text])).toEqual([
      ['sections.1.1.4.evidence.0.caption', 'Baraza at Malindi'],
    ]);
    const refusal = lossRefusal([effect]);
    expect(refusal).toMatchObject({
      code: 'would-lose-text',
      params: { title: 'Kilifi 2026', where: 'sections.1.1.4.evidence.0.caption' },
    });
    expect(refusal?.message).toMatch(/would lose text in the draft "Kilifi 2026"/);
  });

  it('finds a merged measures table too long for a draft', () => {
    const rows = (prefix: string) =>
      Array.from({ length: 150 }, (_, index) => ({
        id: `${prefix}${index}`,
        indicator: `${prefix} ${index}`,
        unit: '',
        baseline: '',
        current: '1',
        target: '',
        source: '',
      }));
    const before = draft({ '1.1.3': { measures: rows('a') }, '1.1.4': { measures: rows('b') } });
    const { effect } = effectOnDraft(before, framework2016(), bundled);
    expect(effect.unfit).toBe('sections.1.1.3.measures');
    expect(lossRefusal([effect])?.code).toBe('would-lose-text');
  });

  it('carries a renamed profile answer to its new question', () => {
    const next = nationalVersion('2027-paraphrase-1', (framework) => {
      framework.profile = framework.profile.map((field) =>
        field.id === 'focalPointPhone' ? { ...field, id: 'focalPointMobile', formerIds: ['focalPointPhone'] } : field,
      );
    });
    const before = { ...draft({}), profile: { ...draft({}).profile, focalPointPhone: '+254 700 000 000' } };
    const { effect, migrated } = effectOnDraft(before, next, bundled);
    expect(migrated.profile['focalPointMobile']).toBe('+254 700 000 000');
    expect(migrated.profile.focalPointPhone).toBe('');
    expect(effect.lost).toEqual([]);
  });
});
