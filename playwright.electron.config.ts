import { defineConfig } from '@playwright/test';

/**
 * The real-app suite (tests/electron-app/): the packaged Ripoti under Playwright's Electron
 * support. One worker: each test starts the app, and single-instance tests share a profile.
 * Where no Electron binary is installed every test is skipped with the reason (real-app.ts).
 */
export default defineConfig({
  testDir: 'tests/electron-app',
  testMatch: '**/*.spec.ts',
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  outputDir: 'test-results/electron-app',
});
