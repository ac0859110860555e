import { mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { parseFramework } from '@/shared/framework/load';
import type { Framework } from '@/shared/framework/schema';
import { syncDirectory, writeFileDurably } from '../drafts/durable-file';
import { isMissing, storageError } from '../drafts/storage-error';

/** Why the stored questions were not used at start-up (the bundled ones were). */
export interface FrameworkStoreNotice {
  readonly kind: 'damaged' | 'replaced-by-bundled';
  readonly version: string | null;
  readonly movedTo: string | null;
}

/**
 * The questions in use on this computer: the national office's version once the officer has
 * accepted one, else the bundled file. Kept in <data>/framework/current.json, written with the
 * durable writer; every version ever in use is also kept under versions/, so the titles of
 * Key Features a later version removed can still be named.
 */
export class FrameworkStore {
  private constructor(
    /** null: questions kept in memory only (tests, and the E2E harness without a data folder). */
    private readonly directory: string | null,
    private readonly bundled: Framework,
    private inUse: Framework,
    readonly notices: readonly FrameworkStoreNotice[],
  ) {}

  /** Questions that last until the process ends: for services without a data folder. */
  static inMemory(bundled: Framework): FrameworkStore {
    return new FrameworkStore(null, bundled, bundled, []);
  }

  static async open(dataDir: string, bundled: Framework): Promise<FrameworkStore> {
    const directory = path.join(dataDir, 'framework');
    const stored = await readStored(path.join(directory, 'current.json'));
    if (stored.kind === 'none') return new FrameworkStore(directory, bundled, bundled, []);
    if (stored.kind === 'damaged') {
      // Never deleted: moved aside so the national office's file can be looked at, and the bundled questions used meanwhile.
      const movedTo = await moveAside(dataDir, path.join(directory, 'current.json'));
      return new FrameworkStore(directory, bundled, bundled, [{ kind: 'damaged', version: null, movedTo }]);
    }
    // A newer Ripoti may bundle questions that replace the stored version: the newer text wins.
    if (bundled.replaces.includes(stored.framework.version)) {
      return new FrameworkStore(directory, bundled, bundled, [
        { kind: 'replaced-by-bundled', version: stored.framework.version, movedTo: null },
      ]);
    }
    return new FrameworkStore(directory, bundled, stored.framework, []);
  }

  current(): Framework {
    return this.inUse;
  }

  /** The version a draft was written against, when this computer has ever used it. */
  async version(version: string): Promise<Framework | undefined> {
    if (version === this.inUse.version) return this.inUse;
    if (version === this.bundled.version) return this.bundled;
    if (this.directory === null) return undefined;
    // The version comes from a draft, which may come from anywhere: only a framework version's own form names a file.
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(version) || version.includes('..')) return undefined;
    const stored = await readStored(this.versionFile(this.directory, version));
    return stored.kind === 'ok' ? stored.framework : undefined;
  }

  /** Makes `framework` the questions in use, durably; the one it replaces stays under versions/. */
  async adopt(framework: Framework): Promise<void> {
    const directory = this.directory;
    if (directory === null) {
      this.inUse = framework;
      return;
    }
    const bytes = (value: Framework) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
    try {
      await mkdir(path.join(directory, 'versions'), { recursive: true });
      await writeFileDurably(this.versionFile(directory, this.inUse.version), bytes(this.inUse));
      await writeFileDurably(this.versionFile(directory, framework.version), bytes(framework));
      await writeFileDurably(path.join(directory, 'current.json'), bytes(framework));
    } catch (error) {
      throw storageError(error, 'the new questions');
    }
    this.inUse = framework;
  }

  private versionFile(directory: string, version: string): string {
    // Versions are letters, digits, dots and dashes (the schema says so): safe as a file name.
    return path.join(directory, 'versions', `${version}.json`);
  }
}

type Stored = { kind: 'none' } | { kind: 'damaged' } | { kind: 'ok'; framework: Framework };

async function readStored(file: string): Promise<Stored> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (isMissing(error)) return { kind: 'none' };
    return { kind: 'damaged' };
  }
  try {
    return { kind: 'ok', framework: parseFramework(JSON.parse(text)) };
  } catch {
    return { kind: 'damaged' };
  }
}

async function moveAside(dataDir: string, file: string): Promise<string | null> {
  try {
    const folder = path.join(dataDir, 'quarantine');
    await mkdir(folder, { recursive: true });
    const target = path.join(folder, `framework-${Date.now()}.json`);
    await rename(file, target);
    await syncDirectory(folder);
    return target;
  } catch {
    return null;
  }
}
