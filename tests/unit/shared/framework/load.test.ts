import { describe, expect, it } from 'vitest';
import { allAreas, allKeyFeatures, bundledFramework, findFeature, parseFramework } from '../../../../shared/framework/load';

describe('the bundled framework', () => {
  const framework = bundledFramework();

  it('has 3 tiers, the 12 verified areas and an id and version', () => {
    expect(framework.tiers.map((tier) => tier.id)).toEqual(['1', '2', '3']);
    expect(allAreas(framework).map((area) => area.id)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '3.1', '3.2', '3.3']);
    expect(framework.id).toBe('unesco-gnlc-key-features');
    expect(framework.version).toMatch(/\S/);
  });

  it('finds a Key Feature with its area and tier', () => {
    const place = findFeature(framework, '2.4.1');
    expect(place?.area.id).toBe('2.4');
    expect(place?.tier.id).toBe('2');
    expect(findFeature(framework, '9.9.9')).toBeUndefined();
  });

  it('carries suggested measures in the three languages, and reads an older plain-string measure as English', () => {
    const literacy = findFeature(framework, '1.1.1')?.feature.suggestedMeasures[0];
    expect(literacy?.en).toBe('Adult literacy rate by sex (%)');
    expect(literacy?.sw).toMatch(/kisomo/);
    expect(literacy?.fr).toMatch(/alphabétisation/);
    const older = structuredClone(framework) as unknown as { tiers: { areas: { features: { suggestedMeasures: unknown[] }[] }[] }[] };
    const first = older.tiers[0]?.areas[0]?.features[0];
    if (!first) throw new Error('framework shape changed');
    first.suggestedMeasures = ['Learners reached'];
    expect(allKeyFeatures(parseFramework(older))[0]?.suggestedMeasures).toEqual([{ en: 'Learners reached' }]);
  });

  it('rejects framework files with duplicate or misplaced Key Feature ids', () => {
    const copy = structuredClone(framework);
    const [first] = allKeyFeatures(copy);
    const area = copy.tiers[0]?.areas[1];
    if (!first || !area) throw new Error('framework shape changed');
    area.features.push({ ...first });
    expect(() => parseFramework(copy)).toThrow(/appears twice|not numbered under its area/);
  });

  it('rejects a framework without limits or with an unknown language', () => {
    const withoutLimits: Record<string, unknown> = { ...structuredClone(framework) };
    delete withoutLimits['limits'];
    expect(() => parseFramework(withoutLimits)).toThrow();
    expect(() => parseFramework({ ...framework, title: { en: 'x', de: 'y' } })).toThrow();
  });
});
