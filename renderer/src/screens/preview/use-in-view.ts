import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether an element is in (or near) the scrolled view: pages and thumbnails are drawn only
 * then, so a 90-page report keeps a few pages' worth of drawing in memory, not all of them.
 */
export function useInView(element: RefObject<Element | null>, margin = '600px'): boolean {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const observer = new IntersectionObserver((entries) => setVisible(entries.some((entry) => entry.isIntersecting)), { rootMargin: margin });
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, margin]);
  return visible;
}
