import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/harness/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  // One retry absorbs a timing accident on a loaded CI machine; tests/run-all.ts names every
  // test that needed it, so a flaky test is reported, not hidden.
  retries: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results/e2e',
  use: {
    launchOptions: chromiumLaunchOptions,
    viewport: { width: 1280, height: 860 },
    trace: 'retain-on-failure',
  },
});
