import { renameSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { KeyValueStore } from '../settings-service';

/**
 * electron-store / conf with clearInvalidConfig off THROWS from its constructor on a file that
 * does not parse (also a zero-byte file, the usual leftover of a power cut), and from every
 * get()/set() if the file is damaged later, because it re-reads the file on each call. This
 * wrapper moves such a file to quarantine/ (never deletes it) and opens a fresh store, so a
 * damaged settings file costs the officer their preferences, not the app.
 */
export class SafeSettingsStore implements KeyValueStore {
  private store: KeyValueStore;
  readonly quarantined: string[] = [];

  constructor(
    private readonly open: () => KeyValueStore,
    private readonly file: string,
    private readonly quarantineDir: string,
  ) {
    this.store = this.openOrQuarantine();
  }

  get(key: string): unknown {
    try {
      return this.store.get(key);
    } catch {
      this.store = this.quarantineAndReopen();
      return this.store.get(key);
    }
  }

  set(key: string, value: unknown): void {
    try {
      this.store.set(key, value);
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      this.store = this.quarantineAndReopen();
      this.store.set(key, value);
    }
  }

  private openOrQuarantine(): KeyValueStore {
    try {
      return this.open();
    } catch {
      return this.quarantineAndReopen();
    }
  }

  private quarantineAndReopen(): KeyValueStore {
    const target = path.join(
      this.quarantineDir,
      `${path.basename(this.file)}-${new Date().toISOString().replace(/[:.]/g, '-')}`,
    );
    mkdirSync(this.quarantineDir, { recursive: true });
    renameSync(this.file, target);
    this.quarantined.push(target);
    return this.open();
  }
}
