import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { countWords } from '../../../../shared/report/word-count';

/**
 * The word count of a text that may be a pasted megabyte. The count is computed from a
 * deferred copy, so React renders the keystroke first and counts when it has time; the
 * announced count only changes once typing pauses (GOV.UK character count).
 */
export function useWordCount(text: string, pauseMs = 1_000): { words: number; announcedWords: number } {
  const deferred = useDeferredValue(text);
  const words = useMemo(() => countWords(deferred), [deferred]);
  const [announcedWords, setAnnouncedWords] = useState(words);
  useEffect(() => {
    const timer = setTimeout(() => setAnnouncedWords(words), pauseMs);
    return () => clearTimeout(timer);
  }, [words, pauseMs]);
  return { words, announcedWords };
}
