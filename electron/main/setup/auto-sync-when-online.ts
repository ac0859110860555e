import { net } from 'electron';
import type { Services } from '../services/create-services';

/** How often main looks for changes waiting to be synced while all is well. */
const AUTO_SYNC_INTERVAL_MS = 60_000;

/**
 * Auto-sync runs in main so it works whatever screen is open (or none). It does nothing unless
 * the officer turned it on in the Sync step and Chromium's network stack believes it is online.
 */
export function setupAutoSync(services: Services): void {
  services.sync.createAutoSync({ intervalMs: AUTO_SYNC_INTERVAL_MS, isOnline: () => net.isOnline() }).start();
}
