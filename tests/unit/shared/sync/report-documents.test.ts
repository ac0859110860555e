import { describe, expect, it } from 'vitest';
import { bundledFramework } from '@/shared/framework/load';
import { createReport } from '@/shared/report/create';
import { reportSchema } from '@/shared/report/schema';
import {
  documentsToReport,
  manifestId,
  needsSending,
  reportToDocuments,
  sectionDocId,
} from '@/shared/sync/report-documents';

const report = createReport(bundledFramework(), {
  id: '3f1c2b9e-8d4a-4c1e-9b2f-1a2b3c4d5e6f',
  now: '2026-11-23T09:00:00.000Z',
  county: 'Kilifi',
});

describe('a report as CouchDB documents', () => {
  it('is one manifest plus one document per section, and rebuilds to the same report', () => {
    const docs = reportToDocuments(report);
    expect(docs.size).toBe(Object.keys(report.sections).length + 1);
    expect(docs.get(manifestId(report.id))).toMatchObject({
      type: 'ripoti-report',
      id: report.id,
      featureIds: Object.keys(report.sections).sort(),
    });
    expect(docs.get(sectionDocId(report.id, '1.1.1'))).toMatchObject({
      type: 'ripoti-section',
      reportId: report.id,
      featureId: '1.1.1',
    });
    expect(reportSchema.parse(documentsToReport(report.id, docs))).toEqual(report);
    expect(documentsToReport(report.id, new Map())).toBeUndefined();
  });

  it('does not resend the manifest for a new updatedAt alone, but does for a real change', () => {
    const manifest = reportToDocuments(report).get(manifestId(report.id)) ?? {};
    expect(needsSending({ ...manifest, updatedAt: '2026-11-24T00:00:00.000Z' }, manifest)).toBe(false);
    expect(needsSending({ ...manifest, title: 'New title' }, manifest)).toBe(true);
    expect(needsSending(manifest, undefined)).toBe(true);
    const section = reportToDocuments(report).get(sectionDocId(report.id, '1.1.1')) ?? {};
    expect(needsSending({ ...section, updatedAt: 'x' }, section)).toBe(true);
  });
});
