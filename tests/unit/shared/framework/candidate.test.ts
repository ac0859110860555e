import { describe, expect, it } from 'vitest';
import { checkCandidate, parseFrameworkText, type FrameworkRefusalCode } from '@/shared/framework/candidate';
import { bundledFramework } from '@/shared/framework/load';
import { framework2016, nationalVersion } from '@/tests/fixtures/frameworks/national';

const current = bundledFramework();
const refusalOf = (raw: unknown): FrameworkRefusalCode | 'accepted' => {
  const result = checkCandidate(raw, current);
  return result.ok ? 'accepted' : result.refusal.code;
};

describe('new questions from a file or the county server', () => {
  it('are taken from the national office, for the same framework, when newer', () => {
    const result = checkCandidate(framework2016(), current);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.changes.renamed).toHaveLength(1);
  });

  it('refuse what is not JSON, or not a questions file, or too new a layout', () => {
    const notJson = parseFrameworkText('{"format": "ripoti-framework",');
    expect(notJson.ok ? 'parsed' : notJson.refusal.code).toBe('not-json');
    const huge = parseFrameworkText(' '.repeat(2_000_001));
    expect(huge.ok ? 'parsed' : huge.refusal.code).toBe('not-a-framework');
    expect(refusalOf({ title: 'A report', sections: {} })).toBe('not-a-framework');
    expect(refusalOf(null)).toBe('not-a-framework');
    expect(refusalOf({ ...framework2016(), formatVersion: 2 })).toBe('newer-format');
  });

  it('refuse a damaged file and say where it is damaged', () => {
    const damaged = framework2016() as unknown as { tiers: { areas: { features: unknown[] }[] }[] };
    const area = damaged.tiers[0]?.areas[0];
    if (!area) throw new Error('fixture shape changed');
    area.features.push({ id: '1.1', title: { en: 'Misnumbered' } });
    const result = checkCandidate(damaged, current);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.refusal.code).toBe('malformed');
      expect(result.refusal.message).toMatch(/not numbered under its area|tiers\.0\.areas\.0\.features/);
    }
  });

  it('refuse a publisher other than the national office, the bundled publisher included', () => {
    expect(refusalOf({ ...framework2016(), publisher: { id: 'someone', name: { en: 'A consultant' } } })).toBe(
      'unknown-publisher',
    );
    expect(refusalOf({ ...framework2016(), publisher: { id: 'ripoti', name: { en: 'Ripoti' } } })).toBe(
      'unknown-publisher',
    );
  });

  it('refuse another framework, an older version, and a changed text under the version in use', () => {
    expect(refusalOf({ ...framework2016(), id: 'another-network-questions' })).toBe('other-framework');
    expect(refusalOf({ ...framework2016(), version: '2015.1-draft-paraphrase', replaces: [] })).toBe('accepted');
    const older = nationalVersion('2015.1-draft');
    // The bundled version replaces "2015.1-draft" (the invented label): a file of it is older.
    expect(
      refusalOf({
        ...older,
        source: { ...older.source, text: 'checked', checkedBy: 'Someone', checkedOn: '2015-01-01' },
      }),
    ).toBe('older-version');
    const sameVersion = nationalVersion(current.version);
    expect(refusalOf(sameVersion)).toBe('same-version-other-text');
  });
});
