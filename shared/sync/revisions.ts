/**
 * CouchDB revision ids (`<generation>-<hash>`) and the little of the revision tree sync needs:
 * a leaf's ancestry, the deterministic winner among leaves, and the newest ancestor two
 * branches share (the merge base of a three-way merge).
 */

/** How many ancestors of a document's revision the sync record keeps (enough to find where a colleague's branch forked). */
export const KEPT_ANCESTRY = 30;

export function generationOf(rev: string): number {
  const generation = Number.parseInt(rev.slice(0, rev.indexOf('-')), 10);
  return Number.isFinite(generation) ? generation : 0;
}

/** `_revisions: { start, ids }` as full revision ids, newest (the leaf itself) first. */
export function ancestryOf(
  revisions: { readonly start: number; readonly ids: readonly string[] } | undefined,
  rev: string,
): string[] {
  if (!revisions || revisions.ids.length === 0) return [rev];
  return revisions.ids.slice(0, KEPT_ANCESTRY).map((hash, index) => `${revisions.start - index}-${hash}`);
}

/** The ancestry of a revision written on top of `parent` (whose own ancestry is given). */
export function extendAncestry(rev: string, parentAncestry: readonly string[]): string[] {
  return [rev, ...parentAncestry].slice(0, KEPT_ANCESTRY);
}

/**
 * CouchDB's winner among leaves: not deleted before deleted, then the longest branch
 * (highest generation), then the revision id that sorts last. Every replica picks the same.
 */
export function compareForWinner(a: { rev: string; deleted?: boolean }, b: { rev: string; deleted?: boolean }): number {
  if (Boolean(a.deleted) !== Boolean(b.deleted)) return a.deleted ? 1 : -1;
  const generations = generationOf(b.rev) - generationOf(a.rev);
  if (generations !== 0) return generations;
  return a.rev < b.rev ? 1 : a.rev > b.rev ? -1 : 0;
}

/** The newest revision in `ancestry` (newest first) that is also in `known`; undefined when they share none we kept. */
export function newestShared(ancestry: readonly string[], known: ReadonlySet<string>): string | undefined {
  return ancestry.find((rev) => known.has(rev));
}
