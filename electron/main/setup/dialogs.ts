import { BrowserWindow, dialog, shell } from 'electron';
import { RipotiError } from '@/shared/errors';
import type { ExportFileDialogs } from '../services/export/file-dialogs';

/** The system save dialog and file manager, for the export service (which never imports Electron). */
export function electronExportDialogs(): ExportFileDialogs {
  return {
    async chooseSavePath(suggestedFileName, file) {
      const options = {
        defaultPath: suggestedFileName,
        filters: [{ name: file.description, extensions: [file.extension] }],
      };
      const window = BrowserWindow.getFocusedWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async openFile(filePath) {
      const problem = await shell.openPath(filePath);
      if (problem) throw new RipotiError('io', `The report could not be opened: ${problem}`);
    },
    showInFolder(filePath) {
      shell.showItemInFolder(filePath);
    },
  };
}
