import path from 'node:path';
import { DebugLogger } from 'builder-util';
import type { Configuration, FileAssociation, TargetConfiguration } from 'electron-builder';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { beforeAll, describe, expect, it } from 'vitest';
import { isFullSubject, NO_FEED_HOST } from '@/electron/main/services/updates/update-feed-policy';

/** electron-builder.yml read and schema-checked by electron-builder's own loader, as `npm run package` does. */
const root = path.resolve(import.meta.dirname, '../../..');
let config: Configuration;

beforeAll(async () => {
  config = await getConfig(root, null, null);
  await validateConfiguration(config, new DebugLogger(false));
});

function targetsOf(platform: { target?: unknown } | null | undefined): Array<{ target: string; arch: string[] }> {
  const list = (platform?.target ?? []) as Array<string | TargetConfiguration>;
  return list.map((entry) =>
    typeof entry === 'string'
      ? { target: entry, arch: [] }
      : { target: entry.target, arch: [entry.arch ?? []].flat().map(String) },
  );
}

describe('electron-builder.yml', () => {
  it('names the app', () => {
    expect(config.appId).toBe('org.ripoti.app');
    expect(config.productName).toBe('Ripoti');
    expect(config.artifactName).toContain('${version}');
    expect(config.artifactName).toContain('${arch}');
  });

  it('builds NSIS for Windows, AppImage and deb for Linux, dmg and the zip macOS updates install from', () => {
    expect(targetsOf(config.win)).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(targetsOf(config.linux).map((t) => t.target)).toEqual(['AppImage', 'deb']);
    expect(targetsOf(config.mac)).toEqual([
      { target: 'dmg', arch: ['x64', 'arm64'] },
      { target: 'zip', arch: ['x64', 'arm64'] },
    ]);
  });

  it('installs per user on Windows, never asking for administrator rights', () => {
    expect(config.nsis?.perMachine).toBe(false);
    expect(config.nsis?.allowElevation).toBe(false);
  });

  it('opens .ripoti draft files', () => {
    const associations: FileAssociation[] = [config.fileAssociations ?? []].flat();
    expect(associations).toHaveLength(1);
    expect(associations[0]?.ext).toBe('ripoti');
    expect(associations[0]?.mimeType).toBe('application/x-ripoti');
    expect(config.linux?.mimeTypes).toContain('application/x-ripoti');
  });

  it('packs into asar only the build output, never maps, sources, tests or .env', () => {
    expect(config.asar).toBe(true);
    // electron-builder's loader normalises `files` into file sets: [{ filter: [...] }].
    const files = ([config.files ?? []].flat() as Array<string | { filter?: string | string[] }>).flatMap((set) =>
      typeof set === 'string' ? [set] : [set.filter ?? []].flat(),
    );
    expect(files).toEqual(
      expect.arrayContaining(['out/**', 'package.json', '!**/*.map', '!**/.env*', '!**/*.{ts,tsx,mts,cts}']),
    );
    expect(files.filter((pattern) => !pattern.startsWith('!'))).toEqual(['out/**', 'package.json']);
  });

  it('flips fuses after packing', () => {
    expect(config.afterPack).toBe('./build/after-pack.mjs');
  });

  it('bakes in no update feed: the generic entry names the never-resolving placeholder the app reads as "off"', () => {
    const publish = [config.publish ?? []].flat() as { provider: string; url: string }[];
    expect(publish).toHaveLength(1);
    expect(publish[0]?.provider).toBe('generic');
    expect(new URL(publish[0]?.url ?? '').hostname).toBe(NO_FEED_HOST);
  });

  it('names no Windows publisher by CN alone (the release passes the certificate’s full subject)', () => {
    const names = [config.win?.signtoolOptions?.publisherName ?? []]
      .flat()
      .filter((name): name is string => typeof name === 'string');
    expect(names.filter((name) => !isFullSubject(name))).toEqual([]);
  });

  it('uses icons that the icon script generates', () => {
    expect(config.directories?.buildResources).toBe('build');
    expect(config.win?.icon).toBe('icon.ico');
    expect(config.mac?.icon).toBe('icon.icns');
    expect(config.linux?.icon).toBe('icons');
  });
});
