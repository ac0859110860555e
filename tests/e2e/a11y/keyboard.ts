import { expect, type Page } from '@playwright/test';

/** What has focus, as a person hears it: role-ish tag plus accessible name, and where it is. */
export interface FocusStop {
  readonly description: string;
  readonly visible: boolean;
  readonly inViewport: boolean;
}

/** Reads the focused element and whether a focus indicator is drawn around it (outline or box-shadow ring). */
export async function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body)
      return { description: 'body', visible: false, inViewport: false };
    // A date or month field's calendar button is a Tab stop inside the browser's own shadow tree:
    // the field then no longer matches :focus and Chromium draws its native ring on the button,
    // which no page style can read. Those stops are reported, not judged.
    if (!element.matches(':focus'))
      return { description: `${element.tagName.toLowerCase()} calendar button`, visible: true, inViewport: true };
    const style = getComputedStyle(element);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ringed = style.boxShadow !== 'none' && style.boxShadow !== '';
    const box = element.getBoundingClientRect();
    const labelledBy = element.getAttribute('aria-labelledby');
    const label =
      element.getAttribute('aria-label') ??
      (labelledBy ? document.getElementById(labelledBy)?.textContent : null) ??
      (element.id ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent : null) ??
      element.textContent;
    return {
      description: `${element.tagName.toLowerCase()}${element.getAttribute('type') ? `[${element.getAttribute('type') ?? ''}]` : ''} ${label.replace(/\s+/g, ' ').trim()}`,
      visible: outlined || ringed,
      inViewport: box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth,
    };
  });
}

/** True when the element focused now comes after `previous` in the document (the tab order follows the reading order). */
async function markAndCompare(page: Page): Promise<'after' | 'before' | 'same' | 'first'> {
  return page.evaluate(() => {
    const holder = window as unknown as { __lastFocus?: Element };
    const current = document.activeElement;
    const previous = holder.__lastFocus;
    holder.__lastFocus = current ?? undefined;
    if (!previous || !current || !previous.isConnected) return 'first';
    // Date and month fields take several Tab stops of their own (day, month, year, picker).
    if (previous === current) return 'same';
    return previous.compareDocumentPosition(current) & Node.DOCUMENT_POSITION_FOLLOWING ? 'after' : 'before';
  });
}

/** Forgets the last focus stop, after a page change where the order starts afresh. */
export async function resetFocusOrder(page: Page): Promise<void> {
  await page.evaluate(() => {
    delete (window as unknown as { __lastFocus?: Element }).__lastFocus;
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element's description matches, checking at every
 * stop that focus is visible, scrolled into view, and moving in reading order. Returns the stops.
 */
export async function tabTo(
  page: Page,
  target: RegExp,
  options: { backwards?: boolean; maxPresses?: number } = {},
): Promise<string[]> {
  const stops: string[] = [];
  for (let press = 0; press < (options.maxPresses ?? 250); press += 1) {
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
    const stop = await focusStop(page);
    if (stop.description === 'body') {
      // Past the last control the browser's own UI takes focus; the page order starts again.
      await resetFocusOrder(page);
      continue;
    }
    const order = await markAndCompare(page);
    stops.push(stop.description);
    expect(stop.visible, `focus indicator on “${stop.description}”`).toBe(true);
    expect(stop.inViewport, `“${stop.description}” scrolled into view`).toBe(true);
    if (order === 'after' || order === 'before')
      expect(order, `“${stop.description}” follows the previous stop in reading order`).toBe(
        options.backwards ? 'before' : 'after',
      );
    if (target.test(stop.description)) return stops;
  }
  throw new Error(`Tab never reached ${String(target)}; stops: ${stops.join(' | ')}`);
}
