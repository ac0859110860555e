import { useEffect, useMemo, useState } from 'react';
import { IncrementalWordCounter } from '@/shared/report/word-count';

/**
 * The word count of a text that may be a pasted megabyte. Counting is incremental (only the
 * part of the text a keystroke changed is scanned again), so the visible count follows each
 * key in the same frame; the announced count only changes once typing pauses (GOV.UK
 * character count).
 */
export function useWordCount(text: string, pauseMs = 1_000): { words: number; announcedWords: number } {
  const [counter] = useState(() => new IncrementalWordCounter());
  const words = useMemo(() => counter.count(text), [counter, text]);
  const [announcedWords, setAnnouncedWords] = useState(words);
  useEffect(() => {
    const timer = setTimeout(() => setAnnouncedWords(words), pauseMs);
    return () => clearTimeout(timer);
  }, [words, pauseMs]);
  return { words, announcedWords };
}
