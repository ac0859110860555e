import { describe, expect, it } from 'vitest';
import { bundledFramework } from '@/shared/framework/load';
import type { JsonObject } from '@/shared/sync/json-value';
import { FRAMEWORK_DOC_TYPE, frameworkDocId, NATIONAL_ROLE } from '@/shared/sync/server-documents';
import { framework2016 } from '@/tests/fixtures/frameworks/national';
import { serverValidation } from './support/server-document-fixtures';

const validate = serverValidation();
const published = (framework: unknown = framework2016()): JsonObject => ({
  _id: frameworkDocId(bundledFramework().id),
  type: FRAMEWORK_DOC_TYPE,
  framework: structuredClone(framework) as JsonObject,
});

describe('the questions in a county database (validate_doc_update)', () => {
  it('are published by the national office or a server admin, never by a county officer or anyone else', () => {
    expect(validate(published(), [NATIONAL_ROLE])).toEqual({ ok: true });
    expect(validate(published(), ['_admin'])).toEqual({ ok: true });
    for (const roles of [['ripoti-kilifi'], ['ripoti-garissa'], []]) {
      expect(validate(published(), roles)).toEqual({
        ok: false,
        forbidden: `Only the national office (${NATIONAL_ROLE}) may publish the questions.`,
      });
    }
    // Nor can a county officer remove them.
    expect(validate({ _id: frameworkDocId(bundledFramework().id), _deleted: true }, ['ripoti-kilifi']).ok).toBe(false);
  });

  it('while the national office still cannot write a county’s reports', () => {
    expect(
      validate({ _id: 'report:6c0a4f7e-2d1b-4c3a-9e8f-7a6b5c4d3e2f:1.1.1', type: 'ripoti-section' }, [NATIONAL_ROLE]),
    ).toEqual({ ok: false, forbidden: 'Only members of ripoti-kilifi may change its reports.' });
  });

  it('refuses questions of the wrong shape, or stored under another framework’s name', () => {
    const noProfile = framework2016() as unknown as JsonObject;
    delete noProfile['profile'];
    const plainMeasure = structuredClone(framework2016()) as unknown as {
      tiers: { areas: { features: { suggestedMeasures: unknown[] }[] }[] }[];
    };
    const first = plainMeasure.tiers[0]?.areas[0]?.features[0];
    if (!first) throw new Error('fixture shape changed');
    first.suggestedMeasures = ['Learners reached'];
    for (const framework of [
      noProfile,
      plainMeasure,
      { ...framework2016(), extra: 1 },
      { ...framework2016(), format: 'word' },
    ]) {
      expect(validate(published(framework), [NATIONAL_ROLE])).toMatchObject({
        ok: false,
        forbidden: expect.stringMatching(/^Malformed framework:/) as unknown,
      });
    }
    expect(validate({ ...published(), _id: 'framework:another-framework' }, [NATIONAL_ROLE])).toMatchObject({
      ok: false,
      forbidden: expect.stringMatching(/must be stored as framework:unesco-gnlc-key-features/) as unknown,
    });
  });
});
