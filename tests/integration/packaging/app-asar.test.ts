import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideUpdateFeed, readBakedFeed } from '@/electron/main/services/updates/update-feed-policy';
import { bareImportsOf, packedPackages, productionClosure, readManifest } from './packed-contents';
import { packUnpackedLinux, type UnpackedApp } from './run-builder';

/**
 * Builds the app (electron-vite, into a private stage), packs it with electron-builder against a
 * placeholder Electron (nothing downloaded) and opens the resulting app.asar: only what runs ships.
 */
const root = path.resolve(import.meta.dirname, '../../..');
/**
 * What app.asar may weigh: 15.3 MiB once the renderer-only packages (bundled by vite) became dev
 * dependencies; 18.6 MiB with the offline spelling (Hunspell in WebAssembly and three dictionaries);
 * 20.2 MiB with mammoth for Word import; 36.7 MiB with issue #18's PDF, charts and preview
 * (pdfkit with fontkit, brotli, pako and @noble ≈6 MiB, resvg's WebAssembly 2.4 MiB, Arimo for
 * main and renderer 2.6 MiB, mozjpeg's encoder 0.3 MiB), and 26.4 MiB once docx's CommonJS
 * copies and unused entries, mammoth's browser bundles and hunspell-asm's sources stayed out.
 * See docs/release.md.
 */
const ASAR_BUDGET_BYTES = 28 * 1024 * 1024;

let app: UnpackedApp;
let entries: string[];

beforeAll(async () => {
  app = await packUnpackedLinux();
  entries = listPackage(app.asarPath, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
}, 180_000);

afterAll(async () => {
  await rm(app.workDir, { recursive: true, force: true });
});

describe('app.asar built by electron-builder --dir', () => {
  it('holds the entry points and a package.json that points at main', () => {
    for (const entry of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html'])
      expect(entries).toContain(entry);
    const manifest = JSON.parse(extractFile(app.asarPath, 'package.json').toString('utf8')) as {
      main: string;
      type: string;
    };
    expect(manifest.main).toBe('out/main/index.js');
    expect(manifest.type).toBe('module');
  });

  it('packs every package the main bundles import, and each is a production dependency', async () => {
    // index.js and any chunk or worker electron-vite emits next to it (the export worker, say).
    const mainDir = path.join(app.stageDir, 'out/main');
    const bundles = (await readdir(mainDir, { recursive: true })).filter((file) => /\.[cm]?js$/.test(file));
    const sources = await Promise.all(bundles.map((file) => readFile(path.join(mainDir, file), 'utf8')));
    const imports = [...new Set(sources.flatMap(bareImportsOf))].filter((name) => name !== 'electron');
    const dependencies = Object.keys(readManifest(root).dependencies ?? {});
    const packed = packedPackages(entries);
    expect(imports.length).toBeGreaterThan(0);
    for (const name of imports) {
      expect(dependencies, `${name} is imported by main at run time`).toContain(name);
      expect(packed.has(name), `${name} is in app.asar`).toBe(true);
    }
  });

  it('packs no development dependency that production code does not need', () => {
    const needed = productionClosure(root);
    const devOnly = Object.keys(readManifest(root).devDependencies ?? {}).filter((name) => !needed.has(name));
    const packed = packedPackages(entries);
    expect(devOnly).toContain('vitest');
    expect(devOnly.filter((name) => packed.has(name))).toEqual([]);
    expect([...packed].filter((name) => !needed.has(name))).toEqual([]);
  });

  it('ships no sources, tests, source maps or .env files', () => {
    const forbidden = entries.filter(
      (entry) =>
        /\.(ts|tsx|mts|cts|map)$/.test(entry) ||
        /\/\.env(\.|$)/.test(entry) ||
        /\/(test|tests|__tests__|spec)\//.test(entry) ||
        /\.(test|spec)\.[cm]?js$/.test(entry) ||
        /^\/(electron|renderer|shared|tests|docs|build)\//.test(entry) ||
        /^\/(electron-builder\.yml|tsconfig[^/]*\.json|vitest\.config\.ts|README\.md)$/.test(entry),
    );
    expect(forbidden).toEqual([]);
  });

  it('stays under the size budget', async () => {
    const { size } = await stat(app.asarPath);
    const ours = entries
      .filter((entry) => entry.startsWith('/out/'))
      .reduce((sum, entry) => sum + sizeOf(statFile(app.asarPath, entry.slice(1))), 0);
    console.log(
      `app.asar ${(size / 1048576).toFixed(1)} MiB (budget ${ASAR_BUDGET_BYTES / 1048576} MiB), of which out/ ${(ours / 1048576).toFixed(2)} MiB, ${entries.length} entries`,
    );
    expect(size).toBeLessThan(ASAR_BUDGET_BYTES);
  });

  it('flips the fuses in the packaged binary and keeps only the three interface locales', async () => {
    const wire = await getCurrentFuseWire(path.join(app.appOutDir, 'ripoti'));
    const on = 49;
    const off = 48;
    expect([wire[0], wire[1], wire[2], wire[3], wire[4], wire[5]]).toEqual([off, on, off, off, on, on]);
    expect(await listLocales(app.appOutDir)).toEqual(['en-GB.pak', 'en-US.pak', 'fr.pak', 'sw.pak']);
  });

  it('writes an app-update.yml that the app reads as "no update server"', async () => {
    const feed = readBakedFeed(await readFile(path.join(app.appOutDir, 'resources', 'app-update.yml'), 'utf8'));
    expect(feed?.provider).toBe('generic');
    expect(decideUpdateFeed({ packaged: true, platform: 'linux', baked: feed, environmentUrl: undefined })).toEqual({
      feed: null,
      notices: ['no-feed'],
    });
  });

  it('packs the three spelling dictionaries and the Hunspell engine', () => {
    expect(entries.filter((entry) => /\/out\/main\/chunks\/sw_TZ-[^/]+\.(aff|dic)$/.test(entry))).toHaveLength(2);
    for (const entry of [
      '/node_modules/dictionary-en-gb/index.dic',
      '/node_modules/dictionary-fr/index.dic',
      '/node_modules/hunspell-asm/dist/cjs/lib/node/hunspell.js',
    ])
      expect(entries).toContain(entry);
    expect(entries.filter((entry) => entry.startsWith('/node_modules/hunspell-asm/dist/esm/'))).toEqual([]);
  });

  it('packs the builds main loads (the ESM of docx, the WebAssembly of resvg and of the mozjpeg encoder) and not their spare copies', () => {
    for (const entry of [
      '/node_modules/docx/dist/index.mjs',
      '/node_modules/@resvg/resvg-wasm/index_bg.wasm',
      '/node_modules/@jsquash/jpeg/encode.js',
      '/node_modules/@jsquash/jpeg/codec/enc/mozjpeg_enc.wasm',
    ])
      expect(entries).toContain(entry);
    expect(
      entries.filter(
        (entry) =>
          /^\/node_modules\/docx\/dist\/.*\.cjs$/.test(entry) ||
          entry.startsWith('/node_modules/@jsquash/jpeg/codec/dec/') ||
          entry.startsWith('/node_modules/hunspell-asm/src/'),
      ),
    ).toEqual([]);
  });
});

/** Folders and links have no size in an asar header; files do. */
function sizeOf(entry: object): number {
  return 'size' in entry && typeof entry.size === 'number' ? entry.size : 0;
}

async function listLocales(appOutDir: string): Promise<string[]> {
  return (await readdir(path.join(appOutDir, 'locales'))).sort();
}
