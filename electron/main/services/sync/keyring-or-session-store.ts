import { SessionCredentialStore, type CredentialStore, type KeyringCredentialStore } from './credential-store';

/**
 * The app's password store. With an OS keyring the password is kept encrypted across restarts;
 * without one (Linux with no secret service, a keyring that is locked today) it is kept in
 * memory until Ripoti closes — never in a plain file — so the officer can still sync by typing
 * it once per session. A keyring that cannot give a stored password back (gone, locked, or
 * its key changed) reads as "no password": the Sync step must stay usable and simply ask again.
 */
export class KeyringOrSessionStore implements CredentialStore {
  private readonly session = new SessionCredentialStore();

  constructor(private readonly keyring: KeyringCredentialStore) {}

  async get(account: string): Promise<string | undefined> {
    const typedThisSession = await this.session.get(account);
    if (typedThisSession !== undefined) return typedThisSession;
    try {
      return await this.keyring.get(account);
    } catch (error) {
      console.warn('The stored sync password could not be read from the keyring:', error);
      return undefined;
    }
  }

  async set(account: string, secret: string): Promise<void> {
    if (await this.keyring.isAvailable()) {
      await this.keyring.set(account, secret);
      await this.session.delete(account);
    } else {
      await this.session.set(account, secret);
    }
  }

  async delete(account: string): Promise<void> {
    await this.session.delete(account);
    await this.keyring.delete(account);
  }

  async keepsOnlyForSession(): Promise<boolean> {
    return !(await this.keyring.isAvailable());
  }
}
