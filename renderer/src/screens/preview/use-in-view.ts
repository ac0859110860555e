import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether an element is in (or near) the scrolled view: pages and thumbnails are drawn only
 * then, so a 90-page report keeps a few pages' worth of drawing in memory, not all of them.
 * The margin is counted around the element's scrolling box (the pages' or the thumbnails'
 * column): around the window it would be clipped by that box, and a page would be drawn only
 * once it had scrolled into sight instead of just before.
 */
export function useInView(element: RefObject<Element | null>, margin = '600px'): boolean {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const observer = new IntersectionObserver((entries) => setVisible(entries.some((entry) => entry.isIntersecting)), {
      root: scrollingBox(target),
      rootMargin: margin,
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, margin]);
  return visible;
}

/** The nearest ancestor that scrolls, or null for the window. */
function scrollingBox(element: Element): Element | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return null;
}
