import { useCallback, useEffect, useRef } from 'react';

/** A function that tells a long-running async step (a job being followed) whether its screen is still there. */
export function useStillMounted(): () => boolean {
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return useCallback(() => mounted.current, []);
}
