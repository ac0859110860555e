import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'acorn';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isJsonObject, type JsonObject, type JsonValue } from '@/shared/sync/json-value';
import { attachmentDocId, manifestId, sectionDocId } from '@/shared/sync/report-documents';
import { checkServerDocument } from '@/shared/sync/server-documents';
import { validationFunctionSource } from '@/shared/sync/validation-function';
import { PHOTO, REPORT_ID, sectionDoc, serverValidation, validDocuments } from './support/server-document-fixtures';

const INSTALLED = path.resolve(import.meta.dirname, '../../../../docs/server-setup-validate.js');
const validate = serverValidation();
const manifest = () => structuredClone(validDocuments().get(manifestId(REPORT_ID)) ?? {});
const withId = (id: string, body: JsonObject): JsonObject => ({ ...body, _id: id });

describe('docs/server-setup-validate.js', () => {
  it('is the function generated from the app’s own document schemas', async () => {
    if (process.env['RIPOTI_REFRESH_VALIDATION'] === '1') await writeFile(INSTALLED, validationFunctionSource());
    expect(await readFile(INSTALLED, 'utf8')).toBe(validationFunctionSource());
  });

  it('is plain ES5, as CouchDB’s JavaScript engine needs', () => {
    expect(() => parse(`(${validationFunctionSource()})`, { ecmaVersion: 5 })).not.toThrow();
  });

  it('accepts every document Ripoti writes for a report with something in every field', () => {
    for (const [id, body] of validDocuments()) expect([id, validate(withId(id, body))]).toEqual([id, { ok: true }]);
    expect(
      validate({
        _id: attachmentDocId(PHOTO),
        _attachments: { content: { content_type: 'image/jpeg', stub: true, length: 1234 } },
      }),
    ).toEqual({ ok: true });
  });

  it('refuses each malformed write another client made that the old function let through', () => {
    const noUpdatedAt = sectionDoc();
    delete (noUpdatedAt['section'] as JsonObject)['updatedAt'];
    const badSdg = sectionDoc();
    (badSdg['section'] as JsonObject)['sdgTargets'] = ['4.6', '18'];
    const idOnlyMeasure = sectionDoc();
    (idOnlyMeasure['section'] as JsonObject)['measures'] = [{ id: 'm9' }];
    const emptyProfile = manifest();
    emptyProfile['profile'] = {};
    delete emptyProfile['createdAt'];
    const otherCounty = manifest();
    (otherCounty['profile'] as JsonObject)['county'] = 'Garissa';
    const refused = [
      withId(sectionDocId(REPORT_ID, '1.1.1'), noUpdatedAt),
      withId(sectionDocId(REPORT_ID, '1.1.1'), badSdg),
      withId(sectionDocId(REPORT_ID, '1.1.1'), idOnlyMeasure),
      withId(manifestId(REPORT_ID), emptyProfile),
      { _id: attachmentDocId(PHOTO) },
      withId(manifestId(REPORT_ID), otherCounty),
    ];
    for (const doc of refused)
      expect(validate(doc)).toMatchObject({ ok: false, forbidden: expect.stringMatching(/^Malformed /) as unknown });
  });

  it('accepts the county named the ways officers write it, and refuses writes by non-members', () => {
    for (const county of ['Kilifi', 'Kilifi County', 'Kaunti ya Kilifi', '', 'KILIFI']) {
      const doc = manifest();
      (doc['profile'] as JsonObject)['county'] = county;
      expect(validate(withId(manifestId(REPORT_ID), doc))).toEqual({ ok: true });
    }
    expect(validate(withId(manifestId(REPORT_ID), manifest()), ['ripoti-national'])).toMatchObject({
      ok: false,
      forbidden: 'Only members of ripoti-kilifi may change its reports.',
    });
    expect(validate(withId(manifestId(REPORT_ID), manifest()), ['_admin'])).toEqual({ ok: true });
    expect(validate({ _id: sectionDocId(REPORT_ID, '1.1.1'), _rev: '3-abc', _deleted: true })).toEqual({ ok: true });
  });

  it('keeps attachments other clients add to a section, and refuses fields Ripoti does not write', () => {
    const withAttachment = {
      ...withId(sectionDocId(REPORT_ID, '1.1.1'), sectionDoc()),
      _attachments: { 'minutes.pdf': { content_type: 'application/pdf', stub: true } },
    };
    expect(validate(withAttachment)).toEqual({ ok: true });
    expect(
      validate(withId(sectionDocId(REPORT_ID, '1.1.1'), { ...sectionDoc(), reviewedBy: 'someone' })),
    ).toMatchObject({ ok: false });
    expect(validate({ _id: 'shopping-list', items: ['maize'] })).toEqual({
      ok: false,
      forbidden: 'Ripoti does not store documents named shopping-list.',
    });
  });

  it('refuses exactly what the app refuses, for thousands of documents mutated at random', () => {
    const docs = [...validDocuments()];
    fc.assert(
      fc.property(
        fc.constantFrom(...docs),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        ([id, body], mutations) => {
          let doc: JsonValue = structuredClone(body);
          for (const mutate of mutations) doc = mutate(doc);
          if (!isJsonObject(doc)) return;
          const app = checkServerDocument(id, doc).ok;
          const server = validate(withId(id, inThisCounty(doc))).ok;
          expect({ id, doc, server }).toEqual({ id, doc, server: app });
        },
      ),
      { numRuns: 3000 },
    );
  });
});

type Mutation = (doc: JsonValue) => JsonValue;

/**
 * The same document naming the database's own county when it names one as text. Which county a
 * database belongs to is the server's rule alone (the app does not know where it writes; the
 * tests above check the rule), so a mutated county ("0") must not count as a schema difference.
 */
function inThisCounty(doc: JsonObject): JsonObject {
  const profile = doc['profile'];
  if (!isJsonObject(profile) || typeof profile['county'] !== 'string') return doc;
  return { ...doc, profile: { ...profile, county: 'Kilifi' } };
}

const anyValue: fc.Arbitrary<JsonValue> = fc.oneof(
  fc.constantFrom<JsonValue>(
    '',
    'x',
    '4.3',
    '2026-11-23T09:00:00.000Z',
    '2026-13-01',
    'not-started',
    'draft',
    'ripoti-section',
    REPORT_ID,
    '1.1.1',
    1,
    0,
    -1,
    1.5,
    true,
    null,
    [],
    {},
    'a'.repeat(2001),
  ),
  fc.string({ maxLength: 8 }),
  fc.integer(),
);

/** Replace, delete or add one value somewhere in the document; `pick` chooses the place. */
const mutation: fc.Arbitrary<Mutation> = fc
  .tuple(
    fc.nat(),
    fc.constantFrom('replace', 'delete', 'add'),
    anyValue,
    fc.constantFrom('extra', 'updatedAt', 'id', 'caption'),
  )
  .map(([pick, kind, value, key]) => (doc: JsonValue) => {
    const places = containers(doc);
    const place = places[pick % places.length];
    if (Array.isArray(place)) {
      const index = pick % Math.max(1, place.length);
      if (kind === 'delete') place.splice(index, 1);
      else place[index] = structuredClone(value);
    } else if (place) {
      const target = kind === 'add' ? key : Object.keys(place)[pick % Math.max(1, Object.keys(place).length)];
      if (target === undefined) return doc;
      if (kind === 'delete') Reflect.deleteProperty(place, target);
      else place[target] = structuredClone(value);
    }
    return doc;
  });

function containers(value: JsonValue): (JsonObject | JsonValue[])[] {
  if (Array.isArray(value)) return [value, ...value.flatMap(containers)];
  if (isJsonObject(value)) return [value, ...Object.values(value).flatMap(containers)];
  return [];
}
