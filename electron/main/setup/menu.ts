import { app, Menu } from 'electron';
import type { Language } from '../../../shared/language';
import type { SettingsService } from '../services/settings-service';
import { appMenuTemplate } from '../window/app-menu';
import { menuLabels } from '../window/menu-labels';

/** Sets Ripoti's own menu bar (window/app-menu.ts) in the interface language, and redraws it when that changes. */
export function setupAppMenu(settings: SettingsService): void {
  let shown: Language | null = null;
  const show = (language: Language) => {
    if (language === shown) return;
    shown = language;
    Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(menuLabels(language), { platform: process.platform, packaged: app.isPackaged })));
  };
  show(settings.get().interfaceLanguage);
  settings.onChange((next) => show(next.interfaceLanguage));
}
