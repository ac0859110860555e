import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The marker @electron/fuses looks for in a real Electron binary, followed by the fuse wire. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * Electron 45's shipped fuse wire ('1' on, '0' off): RunAsNode, cookie encryption, NODE_OPTIONS,
 * --inspect, asar integrity, only-asar, V8 snapshot, file:// privileges, WASM trap handlers.
 */
export const ELECTRON_DEFAULT_WIRE = '101100011';

/** Chromium locales a real Electron ships; electron-builder's electronLanguages prunes them. */
export const PLACEHOLDER_LOCALES = ['en-US', 'en-GB', 'sw', 'fr', 'de', 'ja'];

/**
 * Writes an unpacked "Electron for Linux" that electron-builder accepts as electronDist
 * without downloading anything: an `electron` executable that carries a fuse wire (so the real
 * afterPack hook flips real bytes), locales, a version file and the licence. It cannot run.
 */
export async function writePlaceholderElectron(dir: string, electronVersion: string): Promise<void> {
  await mkdir(path.join(dir, 'locales'), { recursive: true });
  await mkdir(path.join(dir, 'resources'), { recursive: true });
  const wire = Buffer.concat([
    Buffer.from('\x7fELF placeholder, not a runnable Electron\0'),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, ELECTRON_DEFAULT_WIRE.length]),
    Buffer.from(ELECTRON_DEFAULT_WIRE),
    Buffer.from('\0end'),
  ]);
  await writeFile(path.join(dir, 'electron'), wire);
  await chmod(path.join(dir, 'electron'), 0o755);
  for (const locale of PLACEHOLDER_LOCALES) await writeFile(path.join(dir, 'locales', `${locale}.pak`), locale);
  await writeFile(path.join(dir, 'version'), electronVersion);
  await writeFile(path.join(dir, 'LICENSE'), 'MIT (placeholder)');
}
