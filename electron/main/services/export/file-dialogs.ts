import type { OutputFile } from './output-kinds';

/**
 * What export needs from the desktop: a save dialog and a way to open or reveal a file.
 * Electron's implementation lives in electron/main/setup/dialogs.ts; the end-to-end tests
 * pass one that answers with a path in a temporary folder (Electron cannot run there).
 */
export interface ExportFileDialogs {
  /** Asks where to save a file of this kind; resolves to the chosen path, or null when the officer cancelled. */
  chooseSavePath(suggestedFileName: string, file: OutputFile): Promise<string | null>;
  openFile(filePath: string): Promise<void>;
  showInFolder(filePath: string): void;
}
