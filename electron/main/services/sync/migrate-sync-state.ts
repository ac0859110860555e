import { z } from 'zod';
import { reportSchema } from '@/shared/report/schema';
import type { JsonObject } from '@/shared/sync/json-value';
import { reportToDocuments } from '@/shared/sync/report-documents';
import { SYNC_STATE_VERSION, type DocRecord } from './sync-state';

/** The record Ripoti 0.1 wrote: one merge base for the whole report and one revision per document. */
const firstRecordSchema = z.object({
  reportId: z.string(),
  base: reportSchema.nullable(),
  revs: z.record(z.string(), z.string()),
  since: z.string(),
  sentAttachments: z.array(z.string()),
  conflicts: z.array(
    z.object({
      path: z.array(z.string()),
      base: z.unknown().optional(),
      mine: z.unknown().optional(),
      theirs: z.unknown().optional(),
    }),
  ),
  lastSyncedAt: z.string().nullable(),
});

/**
 * Turns a first-version record into the current shape, so an officer who updates Ripoti keeps
 * the merge base (and is not shown every field again as a conflict). Anything else passes
 * through untouched for the current schema to judge.
 */
export function migrateFirstSyncRecord(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && 'version' in value) return value;
  const first = firstRecordSchema.safeParse(value);
  if (!first.success) return value;
  const record = first.data;
  const contents = record.base ? reportToDocuments(record.base) : new Map<string, JsonObject>();
  const docs: Record<string, DocRecord> = {};
  for (const [id, rev] of Object.entries(record.revs)) {
    const content = contents.get(id);
    // Ripoti 0.1 wrote documents without attachment stubs, so none can be known here.
    if (content) docs[id] = { rev, ancestry: [rev], content, merged: [], attachments: {}, adopt: [] };
  }
  const conflicts = record.conflicts.map((conflict) =>
    Object.fromEntries(Object.entries(conflict).filter(([, side]) => side !== undefined && side !== null)),
  );
  return {
    version: SYNC_STATE_VERSION,
    reportId: record.reportId,
    docs,
    since: record.since,
    sentAttachments: record.sentAttachments,
    conflicts,
    problems: [],
    lastSyncedAt: record.lastSyncedAt,
    rebuilt: null,
  };
}
