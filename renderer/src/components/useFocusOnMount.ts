import { useEffect, useRef } from 'react';

/**
 * Moves keyboard and screen-reader focus to a screen's heading when the screen (or the key)
 * changes, so a step change is announced and Tab continues from the new content.
 */
export function useFocusOnMount<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref;
}
