import path from 'node:path';
import { app, BrowserWindow, dialog, Menu } from 'electron';
import type { Language } from '@/shared/language';
import type { FrameworkService } from '../services/framework/framework-service';
import { readFrameworkFile } from '../services/framework/read-framework-file';
import type { SettingsService } from '../services/settings-service';
import { appMenuTemplate } from '../window/app-menu';
import { menuLabels } from '../window/menu-labels';

/**
 * File → "Update the questions…": the system open dialog, then the file is checked and kept as
 * the offer the page shows (it asks main for it when the window regains focus). Nothing changes
 * until the officer has read what the new questions change and accepted.
 */
async function chooseQuestionsFile(frameworks: FrameworkService, title: string): Promise<void> {
  const window = BrowserWindow.getFocusedWindow();
  const options = {
    title,
    properties: ['openFile' as const],
    filters: [{ name: 'Ripoti questions', extensions: ['json'] }],
  };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const [filePath] = result.filePaths;
  if (result.canceled || !filePath) return;
  const fileName = path.basename(filePath);
  try {
    await frameworks.considerText((await readFrameworkFile(filePath)).text, { kind: 'file', fileName });
  } catch (error) {
    frameworks.unreadable({ kind: 'file', fileName }, error instanceof Error ? error.message : String(error));
  }
  window?.focus();
}

/** Sets Ripoti's own menu bar (window/app-menu.ts) in the interface language, and redraws it when that changes. */
export function setupAppMenu(settings: SettingsService, frameworks?: FrameworkService): void {
  let shown: Language | null = null;
  const show = (language: Language) => {
    if (language === shown) return;
    shown = language;
    const labels = menuLabels(language);
    const onUpdateQuestions = frameworks
      ? () => void chooseQuestionsFile(frameworks, labels.updateQuestions)
      : undefined;
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        appMenuTemplate(labels, {
          platform: process.platform,
          packaged: app.isPackaged,
          ...(onUpdateQuestions && { onUpdateQuestions }),
        }),
      ),
    );
  };
  show(settings.get().interfaceLanguage);
  settings.onChange((next) => show(next.interfaceLanguage));
}
