import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { appMenuTemplate } from '@/electron/main/window/app-menu';
import { contextMenuTemplate, type ContextMenuRequest } from '@/electron/main/window/context-menu';
import { menuLabels, type MenuLabels } from '@/electron/main/window/menu-labels';
import { LANGUAGES } from '@/shared/language';

function rolesIn(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...rolesIn(Array.isArray(item.submenu) ? item.submenu : []),
  ]);
}

const labels = menuLabels('en');
const field: ContextMenuRequest = {
  isEditable: true,
  selectionText: '',
  misspelledWord: '',
  editFlags: { canCut: true, canCopy: true, canPaste: true, canSelectAll: true },
};

describe('the labels of main’s menus', () => {
  it('exist in every interface language, none empty, and are translated', () => {
    const keys = Object.keys(labels) as (keyof MenuLabels)[];
    for (const language of LANGUAGES)
      for (const key of keys) expect(menuLabels(language)[key], `${language}.${key}`).not.toBe('');
    for (const language of ['sw', 'fr'] as const)
      expect(
        keys.filter((key) => menuLabels(language)[key] === labels[key]),
        language,
      ).toEqual([]);
  });
});

describe('the application menu', () => {
  it('packaged: editing, zoom and quit, and neither DevTools nor Reload', () => {
    const roles = rolesIn(appMenuTemplate(labels, { platform: 'win32', packaged: true }));
    expect(roles).toEqual(
      expect.arrayContaining([
        'quit',
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'zoomIn',
        'zoomOut',
        'resetZoom',
        'togglefullscreen',
        'minimize',
        'about',
      ]),
    );
    for (const role of ['toggleDevTools', 'reload', 'forceReload']) expect(roles).not.toContain(role);
  });

  it('in development adds Reload and Developer Tools', () => {
    expect(rolesIn(appMenuTemplate(labels, { platform: 'linux', packaged: false }))).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
  });

  it('on macOS starts with the application menu the OS expects', () => {
    const template = appMenuTemplate(menuLabels('fr'), { platform: 'darwin', packaged: true });
    expect(rolesIn(template.slice(0, 1))).toEqual(['about', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(template.map((item) => item.label)).toEqual(['Ripoti', 'Fichier', 'Édition', 'Affichage', 'Fenêtre']);
  });

  it('labels every item in the interface language', () => {
    const template = appMenuTemplate(menuLabels('sw'), { platform: 'linux', packaged: true });
    expect(template.map((item) => item.label)).toEqual(['Faili', 'Hariri', 'Mwonekano', 'Dirisha', 'Msaada']);
    const items = template.flatMap((item) => (Array.isArray(item.submenu) ? item.submenu : []));
    expect(items.filter((item) => item.type !== 'separator' && !item.label)).toEqual([]);
  });

  it('puts "Update the questions…" first in the File menu, in the interface language, when main can take a file', () => {
    const chosen = vi.fn();
    const fileMenu = (template: MenuItemConstructorOptions[]) => {
      const submenu = template.find((item) => item.label === menuLabels('fr').file)?.submenu;
      return Array.isArray(submenu) ? submenu : [];
    };
    const [first] = fileMenu(
      appMenuTemplate(menuLabels('fr'), { platform: 'linux', packaged: true, onUpdateQuestions: chosen }),
    );
    expect(first?.label).toBe('Mettre à jour les questions…');
    (first?.click as () => void)();
    expect(chosen).toHaveBeenCalledTimes(1);
    // Without the questions service (the CLI's menu-less world), File holds Quit alone.
    expect(
      fileMenu(appMenuTemplate(menuLabels('fr'), { platform: 'linux', packaged: true })).map((item) => item.role),
    ).toEqual(['quit']);
  });
});

describe('the right-click menu', () => {
  it('on a misspelt word: its suggestions, each replacing the word, then cut/copy/paste/select all', () => {
    const replace = vi.fn();
    const template = contextMenuTemplate({ ...field, misspelledWord: 'elemu' }, ['elimu', 'lehemu'], labels, replace);
    expect(template.map((item) => item.label ?? item.type)).toEqual([
      'elimu',
      'lehemu',
      'separator',
      'Cut',
      'Copy',
      'Paste',
      'separator',
      'Select All',
    ]);
    const event = {} as Parameters<NonNullable<MenuItemConstructorOptions['click']>>[2];
    template[1]?.click?.(event as never, undefined, event);
    expect(replace).toHaveBeenCalledWith('lehemu');
  });

  it('says when there is no suggestion', () => {
    expect(contextMenuTemplate({ ...field, misspelledWord: 'xqzt' }, [], labels, vi.fn())[0]).toEqual({
      label: 'No spelling suggestions',
      enabled: false,
    });
  });

  it('follows Chromium’s edit flags', () => {
    const template = contextMenuTemplate(
      { ...field, editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: false } },
      [],
      labels,
      vi.fn(),
    );
    expect(template.filter((item) => item.role).map((item) => [item.role, item.enabled])).toEqual([
      ['cut', false],
      ['copy', false],
      ['paste', true],
      ['selectAll', false],
    ]);
  });

  it('outside a field: Copy for selected text, nothing otherwise', () => {
    const page = { ...field, isEditable: false };
    expect(contextMenuTemplate({ ...page, selectionText: 'Kilifi' }, [], labels, vi.fn())).toEqual([
      { role: 'copy', label: 'Copy', enabled: true },
    ]);
    expect(contextMenuTemplate({ ...page, selectionText: '  ' }, [], labels, vi.fn())).toEqual([]);
  });
});
