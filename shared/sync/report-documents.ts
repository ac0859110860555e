import type { Report, Section } from '../report/schema';
import { jsonEqual, type JsonObject } from './json-value';

/**
 * How a report lies on the server: a small manifest `report:<uuid>` and one document per
 * section `report:<uuid>:<featureId>`, so a one-field edit sends one section and CouchDB's
 * revision tree tracks each section on its own. Photos live in `attachment:<sha256>` documents
 * shared by every report, so the same photo is stored and sent once.
 */
export const REPORT_DOC_TYPE = 'ripoti-report';
export const SECTION_DOC_TYPE = 'ripoti-section';
export const ATTACHMENT_DOC_TYPE = 'ripoti-attachment';

export interface SyncDocument {
  readonly _id: string;
  readonly body: JsonObject;
}

export function manifestId(reportId: string): string {
  return `report:${reportId}`;
}

export function sectionDocId(reportId: string, featureId: string): string {
  return `report:${reportId}:${featureId}`;
}

export function attachmentDocId(digest: string): string {
  return `attachment:${digest}`;
}

/** The documents of one report, keyed by id; bodies carry no `_id`/`_rev` (those are transport). */
export function reportToDocuments(report: Report): Map<string, JsonObject> {
  const { sections, ...meta } = report;
  const docs = new Map<string, JsonObject>();
  docs.set(manifestId(report.id), { type: REPORT_DOC_TYPE, ...toJson(meta), featureIds: Object.keys(sections).sort() });
  for (const [featureId, section] of Object.entries(sections)) {
    docs.set(sectionDocId(report.id, featureId), {
      type: SECTION_DOC_TYPE,
      reportId: report.id,
      featureId,
      section: toJson(section),
    });
  }
  return docs;
}

/** Rebuilds the report from its documents; returns undefined when the manifest is missing. Validation is the caller's job. */
export function documentsToReport(reportId: string, docs: ReadonlyMap<string, JsonObject>): unknown {
  const manifest = docs.get(manifestId(reportId));
  if (!manifest) return undefined;
  const { type: _type, featureIds, ...meta } = manifest;
  const sections: Record<string, unknown> = {};
  for (const featureId of Array.isArray(featureIds) ? featureIds : []) {
    if (typeof featureId !== 'string') continue;
    const doc = docs.get(sectionDocId(reportId, featureId));
    if (doc) sections[featureId] = doc.section;
  }
  return { ...meta, sections };
}

function toJson(value: Omit<Report, 'sections'> | Section): JsonObject {
  // Reports are plain JSON by schema; the round trip drops undefined optionals the way the server would.
  return JSON.parse(JSON.stringify(value)) as JsonObject;
}

/**
 * Whether a document needs sending. The manifest's `updatedAt` moves on every keystroke in any
 * section; sending the manifest for that alone would double the bytes of a one-field edit and
 * count as a "change waiting" the officer never made. It travels with the next real change.
 */
export function needsSending(local: JsonObject, remote: JsonObject | undefined): boolean {
  if (remote === undefined) return true;
  if (local.type !== REPORT_DOC_TYPE) return !jsonEqual(local, remote);
  const { updatedAt: _localTime, ...localRest } = local;
  const { updatedAt: _remoteTime, ...remoteRest } = remote;
  return !jsonEqual(localRest, remoteRest);
}
