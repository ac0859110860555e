// @ts-check
/**
 * The Electron fuses Ripoti ships with: a pure description, tested in
 * tests/unit/build/fuses.test.ts and applied by build/after-pack.mjs to the packaged binary.
 * Fuses are bits inside the Electron executable; flipping them removes a feature for good,
 * so no environment variable or command-line flag can turn it back on.
 */
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/** Why each fuse is set, in the order of the fuse wire. */
export const fuseReasons = {
  // `ELECTRON_RUN_AS_NODE=1 Ripoti.exe script.js` would turn our signed binary into a plain Node.
  [FuseV1Options.RunAsNode]: false,
  // Cookies at rest encrypted with the OS keychain (Ripoti keeps none today; safe by default).
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS could preload arbitrary code into main.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect / --inspect-brk would let anyone on the machine attach a debugger to main.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar is checked against the hash electron-builder embeds (macOS Info.plist, Windows resource).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Never load an unpacked app/ folder dropped next to resources/app.asar.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
};

/**
 * The configuration handed to @electron/fuses for one packaged app.
 * @param {{ platform: string; arch: string; realAppTestBuild?: boolean }} target electron-builder's platform name ('linux', 'win32', 'darwin', 'mas') and arch;
 *   realAppTestBuild leaves --inspect on for Playwright (build/package-real-app.mjs, never shipped)
 * @returns {import('@electron/fuses').FuseV1Config}
 */
export function fuseConfigFor(target) {
  return {
    version: FuseVersion.V1,
    // Flipping bytes breaks the ad-hoc signature Apple Silicon requires before real signing.
    resetAdHocDarwinSignature: (target.platform === 'darwin' || target.platform === 'mas') && target.arch === 'arm64',
    ...fuseReasons,
    ...(target.realAppTestBuild && { [FuseV1Options.EnableNodeCliInspectArguments]: true }),
  };
}

/**
 * Where the Electron binary that carries the fuse wire lives inside electron-builder's output.
 * @param {{ platform: string; appOutDir: string; productFilename: string; executableName: string }} app
 */
export function electronBinaryPath(app) {
  if (app.platform === 'darwin' || app.platform === 'mas') return `${app.appOutDir}/${app.productFilename}.app`;
  if (app.platform === 'win32') return `${app.appOutDir}/${app.productFilename}.exe`;
  return `${app.appOutDir}/${app.executableName}`;
}
