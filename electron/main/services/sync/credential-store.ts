import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { RipotiError } from '@/shared/errors';

/** Where the sync password lives. The app uses the OS keyring (Electron safeStorage); tests a fake one. */
export interface CredentialStore {
  get(account: string): Promise<string | undefined>;
  set(account: string, secret: string): Promise<void>;
  delete(account: string): Promise<void>;
  /** True when a password given now lasts only until the app closes (no keyring to keep it). */
  keepsOnlyForSession?(): Promise<boolean>;
}

/** The part of Electron's safeStorage we use, so this file never imports 'electron'. */
export interface Keyring {
  /** False also when the only backend would be a hard-coded key (Linux 'basic_text'). */
  isEncryptionAvailable(): Promise<boolean>;
  encryptString(plain: string): Promise<Buffer>;
  decryptString(encrypted: Buffer): Promise<string>;
}

/**
 * Secrets encrypted by the OS keyring, one file per account, named by the sha256 of the
 * account (user@server address): a long user name or address must not make the name too
 * long for the file system. When the keyring is unavailable (e.g. Linux without a secret
 * service) we refuse: plain-text storage is never a fallback.
 */
export class KeyringCredentialStore implements CredentialStore {
  constructor(
    private readonly keyring: Keyring,
    private readonly folder: string,
  ) {}

  async get(account: string): Promise<string | undefined> {
    let encrypted = await readIfThere(this.fileOf(account));
    if (encrypted === undefined) encrypted = await this.migrateFirstName(account);
    if (encrypted === undefined) return undefined;
    await this.requireKeyring();
    return this.keyring.decryptString(encrypted);
  }

  async set(account: string, secret: string): Promise<void> {
    await this.requireKeyring();
    await mkdir(this.folder, { recursive: true, mode: 0o700 });
    await writeSecretFile(this.fileOf(account), await this.keyring.encryptString(secret));
  }

  async delete(account: string): Promise<void> {
    await rm(this.fileOf(account), { force: true });
    const first = this.firstNameOf(account);
    if (first) await rm(first, { force: true });
  }

  isAvailable(): Promise<boolean> {
    return this.keyring.isEncryptionAvailable();
  }

  private async requireKeyring(): Promise<void> {
    if (!(await this.isAvailable())) {
      throw new RipotiError(
        'permission-denied',
        'This computer offers no secure place for the sync password, so Ripoti will not store it on disk.',
      );
    }
  }

  private fileOf(account: string): string {
    return path.join(this.folder, `${createHash('sha256').update(account).digest('hex')}.secret`);
  }

  /**
   * Ripoti 0.1 named the file base64url(account): a password stored then is moved to its new
   * name the first time it is read, so the officer is not asked for it again after updating.
   * Names too long for any file system (over 255 bytes) cannot exist and are not looked for.
   */
  private async migrateFirstName(account: string): Promise<Buffer | undefined> {
    const first = this.firstNameOf(account);
    if (!first) return undefined;
    const encrypted = await readIfThere(first);
    if (encrypted === undefined) return undefined;
    await rename(first, this.fileOf(account));
    return encrypted;
  }

  private firstNameOf(account: string): string | undefined {
    const name = `${Buffer.from(account).toString('base64url')}.secret`;
    return Buffer.byteLength(name) <= 255 ? path.join(this.folder, name) : undefined;
  }
}

async function readIfThere(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new RipotiError('io', 'The stored sync password could not be read.', { cause: error });
  }
}

async function writeSecretFile(target: string, bytes: Buffer): Promise<void> {
  const temp = `${target}.tmp`;
  const handle = await open(temp, 'w', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, target);
}

/** Remembers the password only while the app runs: the CLI, tests, and the app on a computer without a keyring. */
export class SessionCredentialStore implements CredentialStore {
  private readonly secrets = new Map<string, string>();

  keepsOnlyForSession(): Promise<boolean> {
    return Promise.resolve(true);
  }

  get(account: string): Promise<string | undefined> {
    return Promise.resolve(this.secrets.get(account));
  }

  set(account: string, secret: string): Promise<void> {
    this.secrets.set(account, secret);
    return Promise.resolve();
  }

  delete(account: string): Promise<void> {
    this.secrets.delete(account);
    return Promise.resolve();
  }
}
