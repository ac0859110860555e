import { describe, expect, it } from 'vitest';
import type { JsonObject } from '@/shared/sync/json-value';
import { manifestId, sectionDocId } from '@/shared/sync/report-documents';
import { checkServerDocument } from '@/shared/sync/server-documents';
import { REPORT_ID, sectionDoc, validDocuments } from './support/server-document-fixtures';

describe('checking a document pulled from the county server', () => {
  it('accepts what Ripoti writes, with CouchDB’s own fields and attachments other programs add', () => {
    for (const [id, body] of validDocuments())
      expect(
        checkServerDocument(id, { ...body, _id: id, _rev: '3-abc', _attachments: { 'minutes.pdf': { stub: true } } }),
      ).toEqual({ ok: true });
  });

  it('refuses unknown fields at any depth (writing them back stripped would delete another program’s data), naming the first fault', () => {
    const extraInRow = sectionDoc();
    ((extraInRow['section'] as JsonObject)['measures'] as JsonObject[])[0] = {
      ...(((extraInRow['section'] as JsonObject)['measures'] as JsonObject[])[0] ?? {}),
      note: 'x',
    };
    expect(checkServerDocument(sectionDocId(REPORT_ID, '1.1.1'), extraInRow)).toEqual({
      ok: false,
      reason: expect.stringMatching(/^section\.measures\.0: /) as unknown,
    });
    const manifest = { ...(validDocuments().get(manifestId(REPORT_ID)) ?? {}) };
    expect(checkServerDocument(manifestId(REPORT_ID), { ...manifest, reviewer: 'x' }).ok).toBe(false);
  });

  it('refuses a document whose body does not match its id, or an id Ripoti does not use', () => {
    expect(checkServerDocument(sectionDocId(REPORT_ID, '1.1.2'), sectionDoc('1.1.1'))).toEqual({
      ok: false,
      reason: 'reportId and featureId do not match the document id',
    });
    expect(checkServerDocument('report:not-a-uuid', {})).toEqual({
      ok: false,
      reason: 'Ripoti does not store documents under that name',
    });
  });
});
