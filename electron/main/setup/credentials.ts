import path from 'node:path';
import { app, safeStorage } from 'electron';
import { KeyringCredentialStore, type CredentialStore, type Keyring } from '../services/sync/credential-store';
import { KeyringOrSessionStore } from '../services/sync/keyring-or-session-store';

const electronKeyring: Keyring = {
  // On Linux without a secret service Electron falls back to a key written in its source: that is not a keyring.
  isEncryptionAvailable: async () =>
    (await safeStorage.isAsyncEncryptionAvailable()) &&
    !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'),
  encryptString: (plain) => safeStorage.encryptStringAsync(plain),
  decryptString: async (encrypted) => (await safeStorage.decryptStringAsync(encrypted)).result,
};

/**
 * The sync password, encrypted with the OS keyring through Electron's safeStorage (DPAPI on
 * Windows, Keychain on macOS, the secret service on Linux). Without a keyring the password is
 * kept in memory for this session only: plain-text storage is never a fallback.
 */
export function setupCredentialStore(): CredentialStore {
  return new KeyringOrSessionStore(
    new KeyringCredentialStore(electronKeyring, path.join(app.getPath('userData'), 'credentials')),
  );
}
