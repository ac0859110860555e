// @ts-check
/**
 * electron-builder afterPack hook: flips Ripoti's fuses (build/fuses.mjs) in the packaged
 * Electron binary, before signing. A binary without a fuse wire fails the build: an unfused
 * Ripoti must never be shipped by accident.
 */
import { flipFuses, getCurrentFuseWire } from '@electron/fuses';
import { electronBinaryPath, fuseConfigFor } from './fuses.mjs';

const platformNames = /** @type {Record<string, string>} */ ({ mac: 'darwin', windows: 'win32', linux: 'linux' });

/** electron-builder's Arch enum is numeric; @electron/fuses wants the name. */
const archNames = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

/** Set by build/package-real-app.mjs only. */
const realAppTestBuild = process.env['RIPOTI_REAL_APP_TEST_BUILD'] === '1';

/**
 * @param {{ appOutDir: string; arch: number; electronPlatformName: string;
 *   packager: { platform: { name: string }; appInfo: { productFilename: string };
 *   executableName?: string } }} context
 */
export default async function afterPack(context) {
  const platform =
    context.electronPlatformName || platformNames[context.packager.platform.name] || context.packager.platform.name;
  const arch = archNames[context.arch] ?? 'x64';
  const binary = electronBinaryPath({
    platform,
    appOutDir: context.appOutDir,
    productFilename: context.packager.appInfo.productFilename,
    executableName: context.packager.executableName ?? context.packager.appInfo.productFilename,
  });
  if (realAppTestBuild && !/[\\/]dist[\\/]real-app[\\/]/.test(context.appOutDir)) {
    throw new Error(`RIPOTI_REAL_APP_TEST_BUILD leaves --inspect on: only for dist/real-app, not ${context.appOutDir}`);
  }
  await flipFuses(binary, fuseConfigFor({ platform, arch, realAppTestBuild }));
  const wire = await getCurrentFuseWire(binary);
  console.log(`  • fuses flipped  binary=${binary} wire=${JSON.stringify(wire)}`);
}
