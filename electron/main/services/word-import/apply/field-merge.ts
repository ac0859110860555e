import type { ExistingTextPolicy } from '@/shared/ipc/channels/word-import';
import { joinTexts } from '../map/officer-text';

/** One contribution of a part to a field, with the officer's choice for text already there. */
export interface Piece<T> {
  readonly value: T;
  readonly policy: ExistingTextPolicy;
}

/**
 * What a field holds after an import. Nothing there yet: everything imported, in document
 * order. Something there: "keep" pieces are left out; any "replace" piece replaces the old
 * value with the pieces not kept; otherwise "append" pieces follow the old value.
 */
export function mergeInto<T>(existing: readonly T[], pieces: readonly Piece<readonly T[]>[]): T[] {
  const incoming = (wanted: (policy: ExistingTextPolicy) => boolean) =>
    pieces.filter((piece) => wanted(piece.policy)).flatMap((piece) => piece.value);
  if (existing.length === 0) return incoming(() => true);
  if (pieces.some((piece) => piece.policy === 'replace')) return incoming((policy) => policy !== 'keep');
  return [...existing, ...incoming((policy) => policy === 'append')];
}

/** mergeInto for text: paragraphs joined by a blank line. */
export function mergeText(existing: string, pieces: readonly Piece<string>[]): string {
  const parts = mergeInto(
    existing.trim() ? [existing] : [],
    pieces.map((piece) => ({ policy: piece.policy, value: piece.value.trim() ? [piece.value] : [] })),
  );
  return joinTexts(...parts);
}
