import { RipotiError } from '@/shared/errors';
import type { Framework } from '@/shared/framework/schema';
import type { JsonObject } from '@/shared/sync/json-value';
import { FRAMEWORK_DOC_TYPE, frameworkDocId } from '@/shared/sync/server-documents';
import type { CouchDatabase } from '../sync/couch-database';

/**
 * The questions the national office published in the county database (`framework:<id>`), as
 * raw data for the app's own checks, with their revision; undefined when none are there, and
 * 'unchanged' when the revision is `knownRev` (one row of _all_docs, about a hundred bytes,
 * instead of the whole document at every sync). The server checked who wrote them and their
 * shape; the app checks everything again before offering them.
 */
export async function readCountyQuestions(
  database: CouchDatabase,
  frameworkId: string,
  knownRev?: string,
): Promise<{ rev: string; raw: unknown } | 'unchanged' | undefined> {
  const id = frameworkDocId(frameworkId);
  const rev = await database.currentRev(id);
  if (rev === undefined) return undefined;
  if (rev === knownRev) return 'unchanged';
  const document = await database.document(id);
  if (!document) return undefined;
  // A document without the questions inside is refused by the app's check as "not a questions file".
  return { rev: document.rev, raw: document.body['framework'] ?? document.body };
}

/**
 * Publishes questions in one county database (the national office's `framework publish`): a
 * new document or a new revision of the one there. The server's validation function refuses
 * anyone without the national role, and questions of the wrong shape, with its reason.
 */
export async function publishCountyQuestions(database: CouchDatabase, framework: Framework): Promise<string> {
  const id = frameworkDocId(framework.id);
  const rev = await database.currentRev(id);
  const document: JsonObject = {
    _id: id,
    ...(rev !== undefined && { _rev: rev }),
    type: FRAMEWORK_DOC_TYPE,
    framework,
  };
  const [result] = await database.bulkDocs([document]);
  if (!result || result.error !== undefined || result.rev === undefined) {
    const refused = result?.error === 'forbidden' || result?.error === 'unauthorized';
    throw new RipotiError(
      refused ? 'unauthorized' : 'conflict',
      `The server did not take the questions: ${result?.reason ?? result?.error ?? 'no answer'}.`,
    );
  }
  return result.rev;
}
