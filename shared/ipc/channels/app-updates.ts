import { z } from 'zod';
import { defineChannel } from '../channel';

/**
 * Where Ripoti stands on updates. Checking is never required: 'offline' and 'error' are normal
 * answers in a county office, and the officer keeps working whatever the state.
 */
export interface UpdateStatus {
  readonly currentVersion: string;
  readonly state: 'not-checked' | 'not-configured' | 'checking' | 'up-to-date' | 'available' | 'downloaded' | 'offline' | 'error';
  /** The newest version the update server offers, once known. */
  readonly latestVersion: string | null;
  /** ISO time of the last finished check. */
  readonly checkedAt: string | null;
  readonly message: string | null;
}

const noArgs = z.object({}).strict();

export const appUpdateChannels = {
  /** The last known status, without touching the network. */
  updateStatus: defineChannel<UpdateStatus>()('updates:status', noArgs),
  /** Asks the configured update server now; resolves within the service's timeout, online or not. */
  checkForUpdates: defineChannel<UpdateStatus>()('updates:check', noArgs),
};
