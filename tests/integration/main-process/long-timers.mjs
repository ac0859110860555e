/**
 * Records the long timers the app arms (auto-sync every minute, update checks), and whether
 * each was unref'd: a timer that is not would keep a quitting app alive. Short timers (retries,
 * debounces) are left out.
 */
const LONG_MS = 10_000;

/** @type {{ kind: string, delayMs: number, unref: boolean }[]} */
export const longTimers = [];

export function watchLongTimers() {
  for (const kind of /** @type {const} */ (['setTimeout', 'setInterval'])) {
    const original = globalThis[kind];
    globalThis[kind] = (callback, delayMs, ...rest) => {
      const timer = original(callback, delayMs, ...rest);
      if (typeof delayMs === 'number' && delayMs >= LONG_MS) {
        const entry = { kind, delayMs, unref: false };
        longTimers.push(entry);
        const unref = timer.unref.bind(timer);
        timer.unref = () => {
          entry.unref = true;
          return unref();
        };
      }
      return timer;
    };
  }
}
