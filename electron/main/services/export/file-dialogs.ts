/**
 * What export needs from the desktop: a save dialog and a way to open or reveal a file.
 * Electron's implementation lives in electron/main/setup/dialogs.ts; the end-to-end tests
 * pass one that answers with a path in a temporary folder (Electron cannot run there).
 */
export interface ExportFileDialogs {
  /** Asks where to save; resolves to the chosen path, or null when the officer cancelled. */
  chooseSavePath(suggestedFileName: string): Promise<string | null>;
  openFile(filePath: string): Promise<void>;
  showInFolder(filePath: string): void;
}
