import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KeyringCredentialStore, type Keyring } from '@/electron/main/services/sync/credential-store';
import { KeyringOrSessionStore } from '@/electron/main/services/sync/keyring-or-session-store';

/** A fake OS keyring: real AES-GCM with a key that lives only in this process. */
function fakeKeyring(available = true): Keyring {
  const key = randomBytes(32);
  return {
    isEncryptionAvailable: () => Promise.resolve(available),
    encryptString: async (plain) => Promise.resolve(encrypt(plain)),
    decryptString: async (encrypted) => Promise.resolve(decrypt(encrypted)),
  };
  function encrypt(plain: string): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }
  function decrypt(encrypted: Buffer): string {
    const decipher = createDecipheriv('aes-256-gcm', key, encrypted.subarray(0, 12));
    decipher.setAuthTag(encrypted.subarray(12, 28));
    return Buffer.concat([decipher.update(encrypted.subarray(28)), decipher.final()]).toString('utf8');
  }
}

let folder = '';
afterEach(async () => rm(folder, { recursive: true, force: true }));

describe('the sync password store', () => {
  it('keeps the password encrypted on disk and gives it back', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'ripoti-cred-'));
    const store = new KeyringCredentialStore(fakeKeyring(), folder);
    await store.set('amina@https://couch.kilifi.go.ke/ripoti-kilifi', 'Tumaini-2026!');
    expect(await store.get('amina@https://couch.kilifi.go.ke/ripoti-kilifi')).toBe('Tumaini-2026!');
    for (const file of await readdir(folder))
      expect((await readFile(path.join(folder, file))).includes('Tumaini')).toBe(false);
    await store.delete('amina@https://couch.kilifi.go.ke/ripoti-kilifi');
    expect(await store.get('amina@https://couch.kilifi.go.ke/ripoti-kilifi')).toBeUndefined();
  });

  it('stores the password of an account of any length (a 222-character one failed with ENAMETOOLONG)', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'ripoti-cred-'));
    const store = new KeyringCredentialStore(fakeKeyring(), folder);
    const long = `${'amina.salim.focal-point.'.repeat(5)}@https://couch.kilifi.go.ke/${'county/'.repeat(10)}ripoti-kilifi`;
    expect(long.length).toBeGreaterThanOrEqual(222);
    await store.set(long, 'Tumaini-2026!');
    expect(await store.get(long)).toBe('Tumaini-2026!');
    expect(await readdir(folder)).toEqual([expect.stringMatching(/^[0-9a-f]{64}\.secret$/) as unknown]);
  });

  it('finds a password stored under the first version’s file name and moves it to the new one', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'ripoti-cred-'));
    const keyring = fakeKeyring();
    const account = 'amina@https://couch.kilifi.go.ke/ripoti-kilifi';
    const firstName = `${Buffer.from(account).toString('base64url')}.secret`;
    await writeFile(path.join(folder, firstName), await keyring.encryptString('Tumaini-2026!'));
    const store = new KeyringCredentialStore(keyring, folder);
    expect(await store.get(account)).toBe('Tumaini-2026!');
    expect(await readdir(folder)).toEqual([`${createHash('sha256').update(account).digest('hex')}.secret`]);
    expect(await store.get(account)).toBe('Tumaini-2026!');
    await store.delete(account);
    expect(await readdir(folder)).toEqual([]);
  });

  it('refuses to store anything when the OS offers no keyring (never plain text)', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'ripoti-cred-'));
    const store = new KeyringCredentialStore(fakeKeyring(false), folder);
    await expect(store.set('amina', 'secret')).rejects.toMatchObject({ code: 'permission-denied' });
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('the app’s password store: the keyring when there is one, this session’s memory otherwise', () => {
  const account = 'amina@https://couch.kilifi.go.ke/ripoti-kilifi';

  it('keeps the password in the keyring, across a restart, when the OS has one', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'ripoti-cred-'));
    const keyring = fakeKeyring();
    const store = new KeyringOrSessionStore(new KeyringCredentialStore(keyring, folder));
    await store.set(account, 'Tumaini-2026!');
    expect(await store.keepsOnlyForSession()).toBe(false);
    expect(await readdir(folder)).toHaveLength(1);
    const afterRestart = new KeyringOrSessionStore(new KeyringCredentialStore(keyring, folder));
    expect(await afterRestart.get(account)).toBe('Tumaini-2026!');
  });

  it('without a keyring keeps it in memory only: sync works this session, nothing is written', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'ripoti-cred-'));
    const store = new KeyringOrSessionStore(new KeyringCredentialStore(fakeKeyring(false), folder));
    await store.set(account, 'Tumaini-2026!');
    expect(await store.get(account)).toBe('Tumaini-2026!');
    expect(await store.keepsOnlyForSession()).toBe(true);
    expect(await readdir(folder)).toEqual([]);
    await store.delete(account);
    expect(await store.get(account)).toBeUndefined();
  });

  it('reads a stored password it can no longer decrypt (keyring gone or changed) as none, instead of failing', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'ripoti-cred-'));
    await new KeyringCredentialStore(fakeKeyring(), folder).set(account, 'Tumaini-2026!');
    const keyringGone = new KeyringOrSessionStore(new KeyringCredentialStore(fakeKeyring(false), folder));
    expect(await keyringGone.get(account)).toBeUndefined();
    const otherKey = new KeyringOrSessionStore(new KeyringCredentialStore(fakeKeyring(), folder));
    expect(await otherKey.get(account)).toBeUndefined();
    await keyringGone.set(account, 'typed-again');
    expect(await keyringGone.get(account)).toBe('typed-again');
  });
});
