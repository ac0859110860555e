import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium (never a downloaded browser), with the flags this closed network needs:
 * without the background-networking ones Chromium keeps dialling Google's hosts.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
