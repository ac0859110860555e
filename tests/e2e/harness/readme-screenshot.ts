import path from 'node:path';
import type { Locator, Page } from '@playwright/test';

/**
 * Screenshots shown in the README. Every run takes them (so a screen that cannot render fails
 * the test), but only `RIPOTI_SCREENSHOTS=1 npm run test:e2e` replaces the committed images:
 * ordinary runs write to test-results/ and leave the working tree clean.
 */
export async function readmeScreenshot(page: Page | Locator, name: string): Promise<void> {
  const folder = process.env['RIPOTI_SCREENSHOTS'] === '1' ? 'docs/screenshots' : 'test-results/screenshots';
  await page.screenshot({ path: path.join(folder, `${name}.png`) });
}
