import { z } from 'zod';
import { defineChannel } from '../channel';

/**
 * Where Ripoti stands on updates. Checking is never required: 'offline' and 'error' are normal
 * answers in a county office, and the officer keeps working whatever the state.
 */
export interface UpdateStatus {
  readonly currentVersion: string;
  readonly state:
    'not-checked' | 'not-configured' | 'checking' | 'up-to-date' | 'available' | 'downloaded' | 'offline' | 'error';
  /** The newest version the update server offers, once known. */
  readonly latestVersion: string | null;
  /** ISO time of the last finished check. */
  readonly checkedAt: string | null;
  readonly message: string | null;
  /** The update server this copy asks, shown in Settings; null when updates are off. */
  readonly feedUrl: string | null;
  /** false on Linux: Ripoti only tells the officer that a version is out, IT installs it. */
  readonly installsItself: boolean;
  /** Why updates are off, or an environment setting that was ignored. */
  readonly notices: readonly UpdateNotice[];
}

/**
 * 'no-feed': no county has set an update server for this build; 'unverifiable-publisher': a
 * Windows build that cannot check an update's signer by the certificate's full subject;
 * 'environment-url-ignored': RIPOTI_UPDATE_URL is set but a packaged app never follows it.
 */
export type UpdateNotice = 'no-feed' | 'unverifiable-publisher' | 'environment-url-ignored';

const noArgs = z.object({}).strict();

export const appUpdateChannels = {
  /** The last known status, without touching the network. */
  updateStatus: defineChannel<UpdateStatus>()('updates:status', noArgs),
  /** Asks the configured update server now; resolves within the service's timeout, online or not. */
  checkForUpdates: defineChannel<UpdateStatus>()('updates:check', noArgs),
};
