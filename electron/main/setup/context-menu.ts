import { app, BrowserWindow, Menu, type WebContents } from 'electron';
import type { SettingsService } from '../services/settings-service';
import type { SpellingService } from '../services/spelling/spelling-service';
import { contextMenuTemplate, type ContextMenuRequest } from '../window/context-menu';
import { menuLabels } from '../window/menu-labels';

async function showContextMenu(
  contents: WebContents,
  request: ContextMenuRequest,
  spelling: SpellingService,
  settings: SettingsService,
): Promise<void> {
  // A spelling thread that failed costs the suggestions, never the menu.
  const suggestions =
    request.isEditable && request.misspelledWord
      ? await spelling.suggestionsFor(request.misspelledWord).catch(() => [])
      : [];
  const template = contextMenuTemplate(request, suggestions, menuLabels(settings.get().interfaceLanguage), (word) =>
    contents.replaceMisspelling(word),
  );
  if (template.length === 0 || contents.isDestroyed()) return;
  const window = BrowserWindow.fromWebContents(contents) ?? undefined;
  Menu.buildFromTemplate(template).popup(window ? { window } : {});
}

/** Every web contents gets the right-click menu of window/context-menu.ts, in the interface language. */
export function setupContextMenu(spelling: SpellingService, settings: SettingsService): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('context-menu', (_menuEvent, params) => void showContextMenu(contents, params, spelling, settings));
  });
}
