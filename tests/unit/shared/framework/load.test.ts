import { describe, expect, it } from 'vitest';
import { allAreas, allKeyFeatures, bundledFramework, findFeature, parseFramework } from '@/shared/framework/load';

describe('the bundled framework', () => {
  const framework = bundledFramework();

  it('has 3 tiers, the 12 verified areas and an id and version', () => {
    expect(framework.tiers.map((tier) => tier.id)).toEqual(['1', '2', '3']);
    expect(allAreas(framework).map((area) => area.id)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '2.6',
      '3.1',
      '3.2',
      '3.3',
    ]);
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
    const older = structuredClone(framework) as unknown as {
      tiers: { areas: { features: { suggestedMeasures: unknown[] }[] }[] }[];
    };
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

  it('says where its text comes from: the 2015 edition, as a paraphrase, in its version too', () => {
    expect(framework.version).toBe('uil-2015-paraphrase-1');
    expect(framework.source).toMatchObject({ text: 'paraphrase' });
    expect(framework.source.edition).toMatch(/Key Features of Learning Cities.*2013.*UIL\/2015\/ME\/H\/5/);
    expect(framework.replaces).toContain('2015.1-draft');
    expect(framework.publisher.id).toBe('ripoti');
  });

  it('gives every Key Feature guidance in the three languages', () => {
    for (const feature of allKeyFeatures(framework)) {
      expect(feature.guidance?.en, feature.id).toMatch(/\w{3}/);
      expect(feature.guidance?.sw, feature.id).toMatch(/\w{3}/);
      expect(feature.guidance?.fr, feature.id).toMatch(/\w{3}/);
    }
  });

  it('asks the profile questions of UNESCO’s membership form, the new ones optional', () => {
    const ids = framework.profile.map((field) => field.id);
    for (const id of [
      'dataYear',
      'gdpPerCapitaCity',
      'gdpPerCapitaCountry',
      'schoolingYearsWomen',
      'schoolingYearsMen',
      'population',
      'areaKm2',
      'county',
    ])
      expect(ids).toContain(id);
    const byId = new Map(framework.profile.map((field) => [field.id, field]));
    expect(byId.get('dataYear')).toMatchObject({ kind: 'year', required: false });
    expect(byId.get('gdpPerCapitaCity')).toMatchObject({ kind: 'figure', required: false });
    expect(byId.get('county')?.required).toBe(true);
  });
});

describe('a framework file', () => {
  const framework = bundledFramework();
  const copy = () => structuredClone(framework) as unknown as Record<string, unknown>;

  it('must say it is a Ripoti framework of a layout this version reads', () => {
    expect(() => parseFramework({ ...copy(), format: 'something-else' })).toThrow();
    expect(() => parseFramework({ ...copy(), formatVersion: 2 })).toThrow();
  });

  it('may not call an unchecked text anything but a paraphrase, nor a checked one without who and when', () => {
    expect(() => parseFramework({ ...copy(), version: '2016.1' })).toThrow(/must say .*paraphrase/);
    expect(() => parseFramework({ ...copy(), version: '2016.1', source: { edition: 'x', text: 'checked' } })).toThrow(
      /who checked it/,
    );
    expect(
      parseFramework({
        ...copy(),
        version: '2016.1',
        source: { edition: 'x', text: 'checked', checkedBy: 'National office', checkedOn: '2026-10-01' },
      }).version,
    ).toBe('2016.1');
  });

  it('may not send one old answer to two Key Features', () => {
    const twice = structuredClone(framework);
    const [first, second] = allKeyFeatures(twice);
    if (!first || !second) throw new Error('framework shape changed');
    first.formerIds = ['9.9.9'];
    second.formerIds = ['9.9.9'];
    expect(() => parseFramework(twice)).toThrow(/both take the text of former 9\.9\.9/);
  });

  it('refuses fields it does not know, so a typo cannot pass silently', () => {
    expect(() => parseFramework({ ...copy(), limit: { narrativeWords: 5 } })).toThrow();
    const feature = structuredClone(framework);
    const first = allKeyFeatures(feature)[0] as unknown as Record<string, unknown>;
    first['guidence'] = { en: 'typo' };
    expect(() => parseFramework(feature)).toThrow();
  });
});
