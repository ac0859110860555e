import { wordDiff } from '@/shared/sync/word-diff';

/** A text with what changed since the base marked: <ins> for added words, <del> for removed ones. */
export function DiffText({ base, text }: { base: string; text: string }) {
  return (
    <p className="sync-diff">
      {wordDiff(base, text).map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'added' ? (
          <ins key={index}>{part.text}</ins>
        ) : (
          <del key={index}>{part.text}</del>
        ),
      )}
    </p>
  );
}
