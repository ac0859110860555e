import { MAX_BACKOFF_MS } from './retry-policy';

/**
 * Syncs that failed for a reason that may pass (server unreachable, busy, a link that kept
 * breaking) are tried again while the app runs: after `firstDelayMs`, then twice as long each
 * time, never more than 5 minutes apart, until one succeeds or the officer starts one by hand.
 */
export class BackgroundRetries {
  private readonly pending = new Map<string, { timer: NodeJS.Timeout; at: number; attempt: number }>();

  constructor(
    private readonly run: (reportId: string) => void,
    private readonly firstDelayMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Plans the next attempt and returns when it will be. */
  schedule(reportId: string): number {
    const attempt = (this.pending.get(reportId)?.attempt ?? -1) + 1;
    this.clear(reportId);
    const delay = Math.min(MAX_BACKOFF_MS, this.firstDelayMs * 2 ** attempt);
    const timer = setTimeout(() => {
      const entry = this.pending.get(reportId);
      if (entry) this.pending.set(reportId, { ...entry, at: Number.NaN });
      this.run(reportId);
    }, delay);
    timer.unref();
    const at = this.now() + delay;
    this.pending.set(reportId, { timer, at, attempt });
    return at;
  }

  /** A sync succeeded, or the officer changed something and started one: the schedule starts over. */
  clear(reportId: string): void {
    const entry = this.pending.get(reportId);
    if (entry) clearTimeout(entry.timer);
    this.pending.delete(reportId);
  }

  /** When the next attempt is planned; undefined when none is, or while it runs. */
  nextAt(reportId: string): number | undefined {
    const at = this.pending.get(reportId)?.at;
    return at === undefined || Number.isNaN(at) ? undefined : at;
  }

  stopAll(): void {
    for (const reportId of [...this.pending.keys()]) this.clear(reportId);
  }
}
