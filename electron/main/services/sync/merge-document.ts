import type { JsonObject } from '@/shared/sync/json-value';
import { mergeBranches, mineIsLocal, type Branch } from '@/shared/sync/merge-branches';
import { compareForWinner, newestShared } from '@/shared/sync/revisions';
import type { FieldConflict } from '@/shared/sync/three-way-merge';
import { revisionKey, type FetchedRevision } from './couch-database';
import { knownRevisions, type Pull, type PulledDocument } from './pull';
import type { DocRecord, ServerProblem } from './sync-state';

export interface DocumentOutcome {
  /** This document's content on this computer after the merge (undefined: the report has no such document). */
  readonly merged: JsonObject | undefined;
  /** Conflicts with paths inside the document. */
  readonly conflicts: readonly (FieldConflict & { readonly mineFromThisComputer: boolean })[];
  /** The new record: undefined when the server holds no live copy we can write on (write it afresh). */
  readonly record: DocRecord | undefined;
  /** The server's line of this document ends in a revision Ripoti cannot accept: it is not written until an administrator repairs it. */
  readonly blocked: boolean;
  readonly problems: readonly ServerProblem[];
}

/**
 * Merges one document: this computer's copy with every leaf the server has that was not merged
 * before. The line this computer wrote continues on the leaf that descends from its recorded
 * revision (or, when that was deleted, on CouchDB's winner); the other live leaves are merged
 * in and recorded, so the next write deletes them in the same request. A leaf in a shape
 * Ripoti does not accept is skipped and reported, never merged or deleted; when only such
 * leaves are alive, the document is blocked rather than overwritten.
 */
export function mergeDocument(
  id: string,
  record: DocRecord | undefined,
  local: JsonObject | undefined,
  pulled: PulledDocument | undefined,
  pull: Pull,
): DocumentOutcome {
  if (!pulled) return { merged: local ?? record?.content, conflicts: [], record, blocked: false, problems: [] };
  const open = new Set(pulled.openRevs);
  const ours = record && open.has(record.rev) ? record : undefined;
  const descendants = record
    ? pulled.leaves.filter((leaf) => leaf.ancestry.includes(record.rev)).sort(compareForWinner)
    : [];
  const main = ours ? undefined : (descendants[0] ?? [...pulled.leaves].sort(compareForWinner)[0]);
  // Only malformed copies are alive: nothing to write on without overwriting another program's data.
  const blocked = !ours && !main && pulled.malformed.length > 0;
  const problems = pulled.malformed.map((leaf) => ({
    docId: id,
    rev: leaf.rev,
    reason: leaf.reason,
    blocking: blocked,
  }));
  if (blocked) return { merged: local ?? record?.content, conflicts: [], record, blocked, problems };
  const alreadyMerged = new Set(record?.merged ?? []);
  const fresh = pulled.leaves.filter((leaf) => !alreadyMerged.has(leaf.rev) && leaf.rev !== record?.rev);
  const branches = fresh
    .sort((a, b) => Number(b === main) - Number(a === main) || compareForWinner(a, b))
    .map((leaf) => branchOf(id, leaf, record, pull));
  const { merged, conflicts } = mergeBranches(local, branches);
  const others = [...new Set([...(record?.merged ?? []), ...fresh.map((leaf) => leaf.rev)])].filter(
    (rev) => open.has(rev) && rev !== (main?.rev ?? record?.rev),
  );
  return {
    merged,
    conflicts: conflicts.map((conflict) => ({ ...conflict, mineFromThisComputer: mineIsLocal(local, conflict) })),
    record: nextRecord(record, ours, main, others, pulled),
    blocked: false,
    problems,
  };
}

function branchOf(id: string, leaf: FetchedRevision, record: DocRecord | undefined, pull: Pull): Branch {
  const ancestor = record ? newestShared(leaf.ancestry, knownRevisions(record)) : undefined;
  // A leaf that is itself an ancestor of our line (a server restored from an older backup) brings nothing new.
  if (ancestor === leaf.rev) return { rev: leaf.rev, body: leaf.body, base: leaf.body };
  const base =
    ancestor === undefined
      ? undefined
      : ancestor === record?.rev
        ? record.content
        : pull.ancestors.get(revisionKey(id, ancestor));
  return { rev: leaf.rev, body: leaf.body, base };
}

function nextRecord(
  record: DocRecord | undefined,
  ours: DocRecord | undefined,
  main: FetchedRevision | undefined,
  others: string[],
  pulled: PulledDocument,
): DocRecord | undefined {
  const adopt = [...(record?.adopt ?? [])];
  const line =
    ours ??
    (main && { rev: main.rev, ancestry: [...main.ancestry], content: main.body, attachments: { ...main.attachments } });
  if (!line) return undefined;
  // Attachments that only a branch about to be deleted carries are copied onto the next write.
  for (const leaf of pulled.leaves.filter((candidate) => others.includes(candidate.rev))) {
    for (const [name, stub] of Object.entries(leaf.attachments)) {
      if (name in line.attachments || adopt.some((pending) => pending.name === name)) continue;
      adopt.push({
        name,
        fromRev: leaf.rev,
        contentType: stub.content_type ?? 'application/octet-stream',
        length: stub.length ?? 0,
      });
    }
  }
  return {
    rev: line.rev,
    ancestry: line.ancestry,
    content: line.content,
    attachments: line.attachments,
    merged: others,
    adopt,
  };
}
