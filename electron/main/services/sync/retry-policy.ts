/**
 * How long to wait before retry number `attempt` (0-based): exponential from `baseMs`, capped
 * (the issue caps it at 5 minutes), with jitter so that twenty laptops coming back online after a
 * power cut do not hit the county server in the same second. The server's Retry-After wins when
 * it asks for longer.
 */
export interface RetryPolicy {
  /** Attempts of one request within a sync; what still fails is retried later in the background. */
  readonly maxAttempts: number;
  readonly baseMs: number;
  readonly capMs: number;
  /** TCP connect and TLS handshake: past this the officer is told the server cannot be reached. */
  readonly connectTimeoutMs: number;
  /** No byte moved for this long: the link stalled. A 15 MB photo at 50 kB/s takes 5 minutes and never hits it. */
  readonly idleTimeoutMs: number;
}

export const MAX_BACKOFF_MS = 5 * 60_000;

/** Within a sync: four attempts, a few seconds in all, so the officer hears about trouble quickly. */
export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 4,
  baseMs: 1_000,
  capMs: MAX_BACKOFF_MS,
  connectTimeoutMs: 10_000,
  idleTimeoutMs: 45_000,
};

export function backoffDelay(
  policy: RetryPolicy,
  attempt: number,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(policy.capMs, policy.baseMs * 2 ** attempt);
  const jittered = exponential / 2 + (random() * exponential) / 2;
  return Math.min(MAX_BACKOFF_MS, Math.max(jittered, retryAfterMs ?? 0));
}

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Answers worth retrying: the server or a proxy was briefly unable, not a refusal. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status === 500 || status === 502 || status === 503 || status === 504;
}

export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
