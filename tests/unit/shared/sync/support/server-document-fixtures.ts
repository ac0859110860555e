import { runInNewContext } from 'node:vm';
import { bundledFramework } from '@/shared/framework/load';
import { createReport } from '@/shared/report/create';
import type { Report } from '@/shared/report/schema';
import type { JsonObject } from '@/shared/sync/json-value';
import { reportToDocuments, sectionDocId } from '@/shared/sync/report-documents';
import { validationFunctionSource } from '@/shared/sync/validation-function';

export const REPORT_ID = '6c0a4f7e-2d1b-4c3a-9e8f-7a6b5c4d3e2f';
export const PHOTO = 'a'.repeat(64);

/** A report with something in every kind of field: a measure row, evidence, SDG targets, a photo, an archived section. */
export function fullReport(): Report {
  const report = createReport(bundledFramework(), {
    id: REPORT_ID,
    now: '2026-11-23T09:00:00.000Z',
    county: 'Kilifi',
    title: 'Kilifi progress report',
  });
  const section = report.sections['1.1.1'];
  if (!section) throw new Error('no section 1.1.1');
  report.sections['1.1.1'] = {
    ...section,
    status: 'in-progress',
    narrative: 'Six community learning centres opened.',
    measures: [
      {
        id: 'm1',
        indicator: 'Centres',
        unit: 'count',
        baseline: '2',
        current: '8',
        target: '10',
        source: 'County ICT',
      },
    ],
    sdgTargets: ['4.3', '4.6'],
    evidence: [{ attachmentId: PHOTO, caption: 'Opening day' }],
  };
  report.attachments[PHOTO] = {
    id: PHOTO,
    fileName: 'opening.jpg',
    mediaType: 'image/jpeg',
    byteLength: 1234,
    width: 800,
    height: 600,
    addedAt: '2026-11-23T09:30:00.000Z',
  };
  report.archivedSections = [
    {
      featureId: '9.9',
      title: 'Removed feature',
      frameworkVersion: '0.9',
      section: { ...section, narrative: 'Kept text' },
    },
  ];
  return report;
}

export function validDocuments(): Map<string, JsonObject> {
  return reportToDocuments(fullReport());
}

export function sectionDoc(featureId = '1.1.1'): JsonObject {
  const doc = validDocuments().get(sectionDocId(REPORT_ID, featureId));
  if (!doc) throw new Error(`no section document ${featureId}`);
  return structuredClone(doc);
}

export type Validate = (doc: JsonObject, userRoles?: string[]) => { ok: true } | { ok: false; forbidden: string };

/** docs/server-setup-validate.js as CouchDB would run it, in a fresh JavaScript context, for the county database ripoti-kilifi. */
export function serverValidation(source = validationFunctionSource()): Validate {
  const installed = source.replace(/^\s*\/\/.*\n/gm, '').replace('__COUNTY_ROLE__', 'ripoti-kilifi');
  const validate = runInNewContext(`(${installed})`) as (
    doc: unknown,
    old: unknown,
    user: unknown,
    security: unknown,
  ) => void;
  return (doc, userRoles = ['ripoti-kilifi']) => {
    try {
      validate(structuredClone(doc), null, { name: 'amina', roles: userRoles }, {});
      return { ok: true };
    } catch (error) {
      const forbidden = (error as { forbidden?: unknown }).forbidden;
      if (typeof forbidden !== 'string') throw error;
      return { ok: false, forbidden };
    }
  };
}
