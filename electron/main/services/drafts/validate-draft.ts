import { isRipotiError } from '@/shared/errors';
import { migrateReport } from '@/shared/report/migrate';
import { CURRENT_SCHEMA_VERSION, type Report } from '@/shared/report/schema';
import { frameworkInUse } from '../framework/framework-in-use';

export type DraftCheck =
  | { readonly ok: true; readonly report: Report }
  | { readonly ok: false; readonly reason: 'unreadable' | 'invalid' | 'future'; readonly detail: string };

/**
 * Decides whether stored data is a report this app can open, migrating an older one. A draft
 * from a newer app is not damaged, only too new: it is 'future' and left exactly where it is.
 */
export function checkReport(value: unknown): DraftCheck {
  if (typeof value !== 'object' || value === null)
    return { ok: false, reason: 'invalid', detail: 'not a report object' };
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      reason: 'future',
      detail: `schema version ${version} is newer than this app's ${CURRENT_SCHEMA_VERSION}`,
    };
  }
  try {
    return { ok: true, report: migrateReport(value, frameworkInUse()).report };
  } catch (error) {
    if (!isRipotiError(error)) throw error;
    return { ok: false, reason: 'invalid', detail: error.message };
  }
}

export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; detail: string } {
  if (text.length === 0) return { ok: false, detail: 'the file is empty' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : 'not JSON' };
  }
}
