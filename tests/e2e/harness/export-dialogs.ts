import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ExportFileDialogs } from '@/electron/main/services/export/file-dialogs';

export interface RecordedDialogs {
  readonly dialogs: ExportFileDialogs;
  /** Every call, in order: "save <name>", "open <path>", "show <path>". */
  readonly calls: string[];
  readonly folder: string;
}

/**
 * The one stand-in the E2E tests use (Electron's dialog and shell cannot run here): the save
 * "dialog" answers with the suggested name in a temporary folder; open and show only record.
 */
export function recordingExportDialogs(folder: string): RecordedDialogs {
  const calls: string[] = [];
  return {
    calls,
    folder,
    dialogs: {
      async chooseSavePath(suggestedFileName) {
        calls.push(`save ${suggestedFileName}`);
        await mkdir(folder, { recursive: true });
        return path.join(folder, suggestedFileName);
      },
      openFile(filePath) {
        calls.push(`open ${filePath}`);
        return Promise.resolve();
      },
      showInFolder(filePath) {
        calls.push(`show ${filePath}`);
      },
    },
  };
}
