import type { JobRegistry } from '../jobs/job-registry';
import type { ReportRepository } from '../reports/report-repository';
import type { SettingsService } from '../settings-service';
import { MAX_BACKOFF_MS } from './retry-policy';
import type { SyncService } from './sync-service';

export interface AutoSyncOptions {
  /** How often to look for changes waiting while all is well. */
  readonly intervalMs: number;
  /** Whether the computer believes it is online (Electron's net.isOnline in the app). */
  readonly isOnline: () => boolean;
}

/**
 * Optional auto-sync, run by main so it works whatever screen is open: when the setting is on
 * and the computer is online, every report with changes waiting (and no open conflict) is
 * synced. After a failed round the next one waits twice as long, never more than 5 minutes.
 */
export class AutoSync {
  private timer: NodeJS.Timeout | undefined;
  private failures = 0;

  constructor(
    private readonly sync: SyncService,
    private readonly repository: ReportRepository,
    private readonly settings: SettingsService,
    private readonly jobs: JobRegistry,
    private readonly options: AutoSyncOptions,
  ) {}

  start(): void {
    this.schedule(this.options.intervalMs);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The wait before the next round: the interval, doubled per consecutive failure, capped at 5 minutes. */
  nextDelay(): number {
    return Math.min(MAX_BACKOFF_MS, this.options.intervalMs * 2 ** this.failures);
  }

  /** One pass over the reports; resolves when their syncs have finished. */
  async runOnce(): Promise<void> {
    if (!this.settings.get().autoSync || !this.options.isOnline()) return;
    let failed = false;
    for (const summary of await this.repository.list()) {
      const status = await this.sync.status(summary.id);
      if (status.changesWaiting === 0 || status.conflicts > 0) continue;
      const result = await this.jobs.settled(this.sync.start(summary.id), 200);
      if (result.state === 'failed') failed = true;
    }
    this.failures = failed ? this.failures + 1 : 0;
  }

  private schedule(delay: number): void {
    this.timer = setTimeout(() => {
      this.runOnce().then(
        () => this.schedule(this.nextDelay()),
        () => {
          this.failures++;
          this.schedule(this.nextDelay());
        },
      );
    }, delay);
    this.timer.unref();
  }
}
