import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';

/** One running Ripoti with its own user-data folder, and what its page said on the console. */
export interface Launched {
  readonly app: ElectronApplication;
  readonly window: Page;
  /** Console errors and CSP violations seen since launch: the suite expects none. */
  readonly problems: string[];
}

export async function newUserData(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'ripoti-real-app-'));
}

/**
 * Starts the packaged executable as an officer would (plus the files the OS would pass), with a
 * private profile: `--user-data-dir` is Chromium's switch, which Electron's app.getPath('userData') follows.
 */
export async function launch(executable: string, userData: string, files: readonly string[] = []): Promise<Launched> {
  const app = await electron.launch({
    executablePath: executable,
    args: [`--user-data-dir=${userData}`, ...files],
    env: { ...process.env, RIPOTI_UPDATE_URL: '' },
    timeout: 60_000,
  });
  const problems: string[] = [];
  const window = await app.firstWindow();
  window.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  window.on('pageerror', (error) => problems.push(error.message));
  await window.waitForLoadState('domcontentloaded');
  return { app, window, problems };
}

/** Replaces the native save dialog, and only it, in the main process: the officer "chooses" `filePath`. */
export async function answerSaveDialogWith(app: ElectronApplication, filePath: string): Promise<void> {
  await app.evaluate(({ dialog }, chosen) => {
    const answer = () => Promise.resolve({ canceled: false, filePath: chosen });
    dialog.showSaveDialog = answer;
  }, filePath);
}

/** Records the menus main pops up instead of showing them natively, so a test can read and press them. */
export async function captureContextMenus(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ Menu }) => {
    const shown: { label: string; role: string }[][] = [];
    (globalThis as unknown as { ripotiMenus: typeof shown }).ripotiMenus = shown;
    Menu.prototype.popup = function popup(this: Electron.Menu) {
      shown.push(this.items.map((item) => ({ label: item.label, role: item.role ?? '' })));
      // The first item of a menu on a misspelt word is the first suggestion: the officer picks it.
      const first = this.items[0];
      if (first && !first.role) (first.click as (event?: unknown) => void)();
    };
  });
}
