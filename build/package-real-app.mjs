// @ts-check
/**
 * Builds the unpacked app the real-app suite drives (tests/electron-app/) into dist/real-app/:
 * the release configuration, with one fuse left on, EnableNodeCliInspectArguments, because
 * Playwright's _electron.launch attaches through the Node inspector. Never a release artifact:
 * after-pack.mjs refuses this mode outside dist/real-app, and the release workflow checks the
 * fuses of what it ships.
 */
import { spawnSync } from 'node:child_process';

const result = spawnSync(
  'npx',
  ['electron-builder', '--dir', '--publish', 'never', '-c.directories.output=dist/real-app'],
  {
    stdio: 'inherit',
    shell: process.platform === 'win32',
    env: { ...process.env, RIPOTI_REAL_APP_TEST_BUILD: '1' },
  },
);
process.exit(result.status ?? 1);
