import type { MenuItemConstructorOptions } from 'electron';
import type { MenuLabels } from './menu-labels';

export interface AppMenuOptions {
  readonly platform: NodeJS.Platform;
  /** Packaged builds have no Reload and no Developer Tools: DevTools would hand anyone at the keyboard the whole IPC API. */
  readonly packaged: boolean;
  /** File → "Update the questions…": choose a framework file from the national office (setup/menu.ts). */
  readonly onUpdateQuestions?: () => void;
}

/**
 * Ripoti's own menu bar instead of Electron's default (whose View menu has "Toggle Developer
 * Tools" and "Force Reload"): editing with its shortcuts, zoom for small screens and large text,
 * quitting; on macOS the application menu the OS expects. Every item but one is a built-in
 * role, so shortcuts and platform behaviour come from Electron; only the words are ours. The
 * one is File → "Update the questions…", which takes a framework file from the national office.
 */
export function appMenuTemplate(labels: MenuLabels, options: AppMenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const development: MenuItemConstructorOptions[] = options.packaged
    ? []
    : [separator, { role: 'reload', label: labels.reload }, { role: 'toggleDevTools', label: labels.devTools }];
  // macOS titles the first menu with the app's name whatever its label says.
  const onUpdateQuestions = options.onUpdateQuestions;
  const updateQuestions: MenuItemConstructorOptions[] = onUpdateQuestions
    ? [{ label: labels.updateQuestions, click: () => onUpdateQuestions() }, separator]
    : [];
  const appMenu: MenuItemConstructorOptions = {
    label: 'Ripoti',
    submenu: [
      { role: 'about', label: labels.about },
      separator,
      { role: 'hide', label: labels.hide },
      { role: 'hideOthers', label: labels.hideOthers },
      { role: 'unhide', label: labels.showAll },
      separator,
      { role: 'quit', label: labels.quit },
    ],
  };
  return [
    ...(mac ? [appMenu] : []),
    {
      label: labels.file,
      submenu: [
        ...updateQuestions,
        mac ? { role: 'close', label: labels.close } : { role: 'quit', label: labels.quit },
      ],
    },
    {
      label: labels.edit,
      submenu: [
        { role: 'undo', label: labels.undo },
        { role: 'redo', label: labels.redo },
        separator,
        { role: 'cut', label: labels.cut },
        { role: 'copy', label: labels.copy },
        { role: 'paste', label: labels.paste },
        { role: 'selectAll', label: labels.selectAll },
      ],
    },
    {
      label: labels.view,
      submenu: [
        { role: 'zoomIn', label: labels.zoomIn },
        { role: 'zoomOut', label: labels.zoomOut },
        { role: 'resetZoom', label: labels.resetZoom },
        separator,
        { role: 'togglefullscreen', label: labels.fullScreen },
        ...development,
      ],
    },
    {
      label: labels.window,
      submenu: [
        { role: 'minimize', label: labels.minimize },
        ...(mac ? [{ role: 'close', label: labels.close } as const] : []),
      ],
    },
    ...(mac ? [] : [{ label: labels.help, submenu: [{ role: 'about', label: labels.about } as const] }]),
  ];
}
