import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the packaged app for the real-app suite is, or the precise reason it cannot run here.
 * `npm run package:real-app` builds it into dist/real-app/ (build/package-real-app.mjs): the
 * release configuration with one difference, the --inspect fuse left on, because Playwright's
 * _electron.launch attaches through the Node inspector. The release binaries' fuses are checked
 * separately (fuses.spec.ts reads them; the release workflow runs `@electron/fuses read`).
 */
export const repoRoot = path.resolve(import.meta.dirname, '../..');
const distDir = path.join(repoRoot, 'dist/real-app');

const candidates: Record<string, string> = {
  linux: 'linux-unpacked/ripoti',
  win32: 'win-unpacked/Ripoti.exe',
  darwin: `${process.arch === 'arm64' ? 'mac-arm64' : 'mac'}/Ripoti.app/Contents/MacOS/Ripoti`,
};

export interface RealApp {
  readonly executable: string | null;
  /** Why the suite is skipped; null when it runs. */
  readonly skipReason: string | null;
}

function electronBinaryInstalled(): boolean {
  // The electron package writes path.txt once its install script has fetched the binary.
  return (
    existsSync(path.join(repoRoot, 'node_modules/electron/path.txt')) &&
    existsSync(path.join(repoRoot, 'node_modules/electron/dist'))
  );
}

export function findRealApp(): RealApp {
  const fromEnv = process.env['RIPOTI_REAL_APP'];
  const executable = fromEnv ?? path.join(distDir, candidates[process.platform] ?? 'unknown-platform');
  if (existsSync(executable)) return { executable, skipReason: null };
  if (!electronBinaryInstalled()) {
    return {
      executable: null,
      skipReason:
        'the Electron binary is not installed (node_modules/electron/dist is missing: npm ci ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1, and this machine cannot download it), ' +
        `so there is no packaged app to drive at ${path.relative(repoRoot, executable)}; it runs where the binary is installed, after \`npm run package:real-app\` (the CI workflow does both)`,
    };
  }
  return {
    executable: null,
    skipReason: `no packaged app at ${path.relative(repoRoot, executable)}: run \`npm run package:real-app\` first (or set RIPOTI_REAL_APP to the executable)`,
  };
}
