import { describe, expect, it } from 'vitest';
import { changesNothing, diffFrameworks } from '@/shared/framework/diff';
import { bundledFramework, findFeature } from '@/shared/framework/load';
import { framework2016, nationalVersion } from '@/tests/fixtures/frameworks/national';

const bundled = bundledFramework();

describe('diffFrameworks', () => {
  it('names the renamed, merged and removed Key Features where the migration will move their text', () => {
    const changes = diffFrameworks(bundled, framework2016());
    expect(changes.from).toBe('uil-2015-paraphrase-1');
    expect(changes.to).toBe('2016-paraphrase-test');
    expect(changes.renamed.map(({ from, to }) => [from.id, to.id])).toEqual([['1.2.4', '1.2.5']]);
    expect(changes.merged.map(({ from, to }) => [from.map((feature) => feature.id), to.id])).toEqual([
      [['1.1.3', '1.1.4'], '1.1.3'],
    ]);
    expect(changes.removed.map((feature) => feature.id)).toEqual(['3.3.3']);
    expect(changes.added).toEqual([]);
    expect(changes.reworded).toEqual([]);
  });

  it('reports new features, new wording, changed limits and profile questions', () => {
    const next = nationalVersion('2027-paraphrase-1', (framework) => {
      const area = framework.tiers[0]?.areas[0];
      const literacy = findFeature(framework, '1.1.1')?.feature;
      if (!area || !literacy) throw new Error('framework shape changed');
      area.features.push({ id: '1.1.5', title: { en: 'Digital literacy for all ages' }, suggestedMeasures: [] });
      literacy.title = { ...literacy.title, en: 'Every resident can read, write and count' };
      literacy.limits = { narrativeWords: 300 };
      framework.limits = { ...framework.limits, challengesWords: 150 };
      framework.profile = framework.profile
        .filter((field) => field.id !== 'focalPointPhone')
        .map((field) => (field.id === 'website' ? { ...field, required: true } : field));
      framework.profile.push({ id: 'mayorOffice', kind: 'text', required: false, label: { en: 'Office address' } });
    });
    const changes = diffFrameworks(bundled, next);
    expect(changes.added.map((feature) => feature.id)).toEqual(['1.1.5']);
    expect(changes.reworded.map((change) => [change.id, change.before.en, change.after.en])).toEqual([
      ['1.1.1', findFeature(bundled, '1.1.1')?.feature.title.en, 'Every resident can read, write and count'],
    ]);
    expect(changes.limits).toEqual([
      { featureId: null, field: 'challengesWords', before: 200, after: 150 },
      { featureId: '1.1.1', field: 'narrativeWords', before: 500, after: 300 },
      { featureId: '1.1.1', field: 'challengesWords', before: 200, after: 150 },
    ]);
    expect(changes.profile.added.map((field) => field.id)).toEqual(['mayorOffice']);
    expect(changes.profile.removed.map((field) => field.id)).toEqual(['focalPointPhone']);
    expect(changes.profile.required.map((field) => [field.id, field.label.en, field.now])).toEqual([
      ['website', 'Website', true],
    ]);
  });

  it('follows a renamed profile question instead of calling it removed and added', () => {
    const next = nationalVersion('2027-paraphrase-2', (framework) => {
      framework.profile = framework.profile.map((field) =>
        field.id === 'leaderName' ? { ...field, id: 'governorName', formerIds: ['leaderName'] } : field,
      );
    });
    const changes = diffFrameworks(bundled, next);
    expect(changes.profile.renamed.map((field) => [field.from, field.to, field.label.en])).toEqual([
      ['leaderName', 'governorName', 'Name of the governor or mayor'],
    ]);
    expect(changes.profile.added).toEqual([]);
    expect(changes.profile.removed).toEqual([]);
  });

  it('finds nothing to show between a version and an identical copy', () => {
    expect(changesNothing(diffFrameworks(bundled, nationalVersion('2027-paraphrase-3')))).toBe(true);
    expect(changesNothing(diffFrameworks(bundled, framework2016()))).toBe(false);
  });
});
