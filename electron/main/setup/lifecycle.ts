import { app, BrowserWindow } from 'electron';
import { draftFilesInArgv, type OpenFileInbox } from '../services/app-files/open-file-inbox';

/**
 * Paths the OS asks us to open can arrive before the services exist (the first launch's own
 * command line, macOS's open-file before ready); they wait here until handOpenFilesTo().
 */
let early: string[] = [];
let inbox: OpenFileInbox | null = null;

function receive(paths: readonly string[]): void {
  if (inbox) for (const filePath of paths) inbox.offer(filePath);
  else early.push(...paths);
}

function focusWindow(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/**
 * One Ripoti per user: a second launch (a double-clicked .ripoti file on Windows/Linux starts a
 * new process) hands its files to the first instance, focuses its window and quits.
 */
export function setupSingleInstance(): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  receive(draftFilesInArgv(process.argv.slice(1)));
  app.on('second-instance', (_event, argv) => {
    receive(draftFilesInArgv(argv.slice(1)));
    focusWindow();
  });
  // macOS sends double-clicked files here (also before ready, hence registered this early).
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    receive([filePath]);
    focusWindow();
  });
  return true;
}

/** From now on files go straight into the services' inbox; the renderer takes them over IPC. */
export function handOpenFilesTo(target: OpenFileInbox): void {
  inbox = target;
  receive(early);
  early = [];
}

export function setupQuitWhenClosed(reopen: () => void): void {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) reopen();
  });
}
