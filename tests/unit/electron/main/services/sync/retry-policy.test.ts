import { describe, expect, it } from 'vitest';
import {
  MAX_BACKOFF_MS,
  backoffDelay,
  defaultRetryPolicy,
  isRetryableStatus,
  parseRetryAfter,
} from '@/electron/main/services/sync/retry-policy';

describe('retry with capped backoff', () => {
  it('doubles the wait from one attempt to the next and never waits more than 5 minutes', () => {
    const high = () => 1;
    const waits = Array.from({ length: 20 }, (_, attempt) =>
      backoffDelay(defaultRetryPolicy, attempt, undefined, high),
    );
    expect(waits.slice(0, 4)).toEqual([1000, 2000, 4000, 8000]);
    expect(Math.max(...waits)).toBe(MAX_BACKOFF_MS);
    expect(backoffDelay(defaultRetryPolicy, 3, 3_600_000)).toBe(MAX_BACKOFF_MS);
  });

  it('spreads retries with jitter but waits at least half the step', () => {
    expect(backoffDelay(defaultRetryPolicy, 2, undefined, () => 0)).toBe(2000);
    expect(backoffDelay(defaultRetryPolicy, 2, 30_000, () => 0)).toBe(30_000);
  });

  it('reads Retry-After in seconds or as a date', () => {
    expect(parseRetryAfter('12')).toBe(12_000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 10:00:30 GMT', Date.parse('2026-11-23T10:00:00Z'))).toBe(30_000);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });

  it('retries only answers that mean "busy", never refusals', () => {
    expect([500, 502, 503, 504, 429, 408].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 409, 412].some(isRetryableStatus)).toBe(false);
  });
});
