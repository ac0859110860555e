import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FuseV1Options, FuseVersion, getCurrentFuseWire, type FuseV1Config } from '@electron/fuses';
import { beforeAll, describe, expect, it } from 'vitest';
import { ELECTRON_DEFAULT_WIRE, writePlaceholderElectron } from '../../integration/packaging/placeholder-electron';

/** The very modules electron-builder loads (build/*.mjs), imported at run time. */
interface FusesModule {
  fuseConfigFor(target: { platform: string; arch: string; realAppTestBuild?: boolean }): FuseV1Config;
  electronBinaryPath(app: {
    platform: string;
    appOutDir: string;
    productFilename: string;
    executableName: string;
  }): string;
}
type AfterPack = (context: unknown) => Promise<void>;

const buildDir = path.resolve(import.meta.dirname, '../../../build');
let fuses: FusesModule;
let afterPack: AfterPack;

beforeAll(async () => {
  fuses = (await import(pathToFileURL(path.join(buildDir, 'fuses.mjs')).href)) as FusesModule;
  afterPack = ((await import(pathToFileURL(path.join(buildDir, 'after-pack.mjs')).href)) as { default: AfterPack })
    .default;
});

describe('fuse configuration', () => {
  it('turns off Node escape hatches and turns on cookie encryption and asar integrity', () => {
    const config = fuses.fuseConfigFor({ platform: 'win32', arch: 'x64' });
    expect(config.version).toBe(FuseVersion.V1);
    expect(config[FuseV1Options.RunAsNode]).toBe(false);
    expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(config.resetAdHocDarwinSignature).toBe(false);
  });

  it('leaves --inspect on only for the real-app test build, every other fuse as released', () => {
    const release = fuses.fuseConfigFor({ platform: 'linux', arch: 'x64' });
    const testBuild = fuses.fuseConfigFor({ platform: 'linux', arch: 'x64', realAppTestBuild: true });
    expect(testBuild[FuseV1Options.EnableNodeCliInspectArguments]).toBe(true);
    expect({ ...testBuild, [FuseV1Options.EnableNodeCliInspectArguments]: false }).toEqual(release);
  });

  it('re-signs ad hoc only for Apple Silicon', () => {
    expect(fuses.fuseConfigFor({ platform: 'darwin', arch: 'arm64' }).resetAdHocDarwinSignature).toBe(true);
    expect(fuses.fuseConfigFor({ platform: 'darwin', arch: 'x64' }).resetAdHocDarwinSignature).toBe(false);
    expect(fuses.fuseConfigFor({ platform: 'linux', arch: 'arm64' }).resetAdHocDarwinSignature).toBe(false);
  });

  it('finds the binary that carries the fuse wire on each platform', () => {
    const app = { appOutDir: '/o', productFilename: 'Ripoti', executableName: 'ripoti' };
    expect(fuses.electronBinaryPath({ ...app, platform: 'linux' })).toBe('/o/ripoti');
    expect(fuses.electronBinaryPath({ ...app, platform: 'win32' })).toBe('/o/Ripoti.exe');
    expect(fuses.electronBinaryPath({ ...app, platform: 'darwin' })).toBe('/o/Ripoti.app');
  });
});

describe('afterPack hook', () => {
  const linuxContext = (appOutDir: string) => ({
    appOutDir,
    arch: 1,
    electronPlatformName: 'linux',
    packager: { platform: { name: 'linux' }, appInfo: { productFilename: 'Ripoti' }, executableName: 'electron' },
  });

  it('flips the wire of a binary and leaves fuses it does not know alone', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ripoti-fuses-'));
    await writePlaceholderElectron(dir, '45.4.1');
    expect(ELECTRON_DEFAULT_WIRE[0]).toBe('1');
    await afterPack(linuxContext(dir));
    const wire = await getCurrentFuseWire(path.join(dir, 'electron'));
    const byIndex = wire as unknown as Record<number, number | undefined>;
    const states = Array.from({ length: ELECTRON_DEFAULT_WIRE.length }, (_, i) =>
      String.fromCharCode(byIndex[i] ?? 0),
    ).join('');
    expect(states).toBe('010011' + ELECTRON_DEFAULT_WIRE.slice(6));
  });

  it('fails the build when the binary has no fuse wire, rather than ship it unfused', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ripoti-fuses-'));
    await writeFile(path.join(dir, 'electron'), 'no sentinel here');
    await expect(afterPack(linuxContext(dir))).rejects.toThrow(/sentinel/);
    expect(await readFile(path.join(dir, 'electron'), 'utf8')).toBe('no sentinel here');
  });
});
