import type { UpdateNotice, UpdateStatus } from '@/shared/ipc/channels/app-updates';
import type { Clock } from '../clock';
import { compareVersions } from './version-order';

/**
 * What the service needs from an update server (electron-updater's generic provider in the
 * app, see electron/main/setup/updates.ts): the newest version offered; throws when unreachable.
 */
export interface UpdateFeed {
  latestVersion(signal: AbortSignal): Promise<string>;
}

const OFFLINE_CODES = [
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ERR_INTERNET_DISCONNECTED',
  'ERR_NAME_NOT_RESOLVED',
  'ERR_NETWORK_CHANGED',
  'ERR_CONNECTION_REFUSED',
  'ERR_TIMED_OUT',
  'ABORT_ERR',
];

/** Network trouble is "offline", not an error: that is an ordinary day in a county office. */
export function looksOffline(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error)) return false;
  const text = `${(error as NodeJS.ErrnoException).code ?? ''} ${error.name} ${error.message}`;
  if (OFFLINE_CODES.some((code) => text.includes(code)) || /AbortError|net::ERR_/.test(text)) return true;
  // fetch and electron-updater wrap the socket error: look one or two causes down.
  return depth < 3 && looksOffline(error.cause, depth + 1);
}

/**
 * Keeps the update status and runs at most one check at a time, bounded by a timeout, so a
 * slow or absent connection can never hold anything up. It never throws to its callers.
 */
export class UpdateService {
  private current: UpdateStatus;
  private running: Promise<UpdateStatus> | null = null;
  private feed: UpdateFeed | null = null;

  constructor(
    currentVersion: string,
    private readonly clock: Clock,
    private readonly timeoutMs = 15_000,
  ) {
    this.current = {
      currentVersion,
      state: 'not-configured',
      latestVersion: null,
      checkedAt: null,
      message: null,
      feedUrl: null,
      installsItself: false,
      notices: [],
    };
  }

  /**
   * Only a packaged app with a county's update server gets a feed (setup/updates.ts, after
   * update-feed-policy.ts); the CLI and tests have none. `where` is shown to the officer.
   */
  useFeed(feed: UpdateFeed, where: { readonly url: string; readonly installsItself: boolean }): void {
    this.feed = feed;
    this.current = { ...this.current, feedUrl: where.url, installsItself: where.installsItself };
    if (this.current.state === 'not-configured') this.current = { ...this.current, state: 'not-checked' };
  }

  /** Why updates are off, or what was ignored: Settings says it instead of staying silent. */
  notify(notices: readonly UpdateNotice[]): void {
    this.current = { ...this.current, notices: [...notices] };
  }

  status(): UpdateStatus {
    return this.current;
  }

  check(): Promise<UpdateStatus> {
    if (!this.feed) return Promise.resolve(this.current);
    this.running ??= this.runCheck(this.feed).finally(() => (this.running = null));
    return this.running;
  }

  /** The adapter reports a finished background download; it installs when the officer quits. */
  markDownloaded(version: string): void {
    if (!this.current.installsItself) return;
    this.current = { ...this.current, state: 'downloaded', latestVersion: version, message: null };
  }

  private async runCheck(feed: UpdateFeed): Promise<UpdateStatus> {
    const previous = this.current;
    this.current = { ...previous, state: 'checking' };
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      const latest = await Promise.race([
        feed.latestVersion(controller.signal),
        new Promise<never>((_, reject) =>
          controller.signal.addEventListener('abort', () =>
            reject(new Error('ETIMEDOUT: update server did not answer')),
          ),
        ),
      ]);
      const newer = compareVersions(latest, previous.currentVersion) > 0;
      const state = newer
        ? previous.state === 'downloaded' && previous.latestVersion === latest
          ? 'downloaded'
          : 'available'
        : 'up-to-date';
      this.current = { ...previous, state, latestVersion: latest, checkedAt: this.clock.nowIso(), message: null };
    } catch (error) {
      const offline = looksOffline(error);
      const message = offline
        ? 'No connection to the update server. Ripoti works normally; it will check again later.'
        : 'The update server gave an answer Ripoti could not use.';
      this.current = { ...previous, state: offline ? 'offline' : 'error', checkedAt: this.clock.nowIso(), message };
    } finally {
      clearTimeout(timer);
    }
    return this.current;
  }
}
