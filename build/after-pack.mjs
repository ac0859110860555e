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

/**
 * @param {{ appOutDir: string; arch: number; electronPlatformName: string;
 *   packager: { platform: { name: string }; appInfo: { productFilename: string };
 *   executableName?: string } }} context
 */
export default async function afterPack(context) {
  const platform = context.electronPlatformName || platformNames[context.packager.platform.name] || context.packager.platform.name;
  const arch = archNames[context.arch] ?? 'x64';
  const binary = electronBinaryPath({
    platform,
    appOutDir: context.appOutDir,
    productFilename: context.packager.appInfo.productFilename,
    executableName: context.packager.executableName ?? context.packager.appInfo.productFilename,
  });
  await flipFuses(binary, fuseConfigFor({ platform, arch }));
  const wire = await getCurrentFuseWire(binary);
  console.log(`  • fuses flipped  binary=${binary} wire=${JSON.stringify(wire)}`);
}
