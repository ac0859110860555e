import type { MenuItemConstructorOptions } from 'electron';
import type { MenuLabels } from './menu-labels';

/** What the menu needs from Electron's context-menu event. */
export interface ContextMenuRequest {
  readonly isEditable: boolean;
  readonly selectionText: string;
  readonly misspelledWord: string;
  readonly editFlags: {
    readonly canCut: boolean;
    readonly canCopy: boolean;
    readonly canPaste: boolean;
    readonly canSelectAll: boolean;
  };
}

/**
 * The right-click menu: spelling suggestions for a misspelt word (each replaces it), then cut,
 * copy and paste in a field, or copy on selected text elsewhere. Empty when there is nothing to
 * offer, so no menu appears.
 */
export function contextMenuTemplate(
  request: ContextMenuRequest,
  suggestions: readonly string[],
  labels: MenuLabels,
  replaceWith: (word: string) => void,
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  if (request.isEditable && request.misspelledWord) {
    if (suggestions.length === 0) items.push({ label: labels.noSuggestions, enabled: false });
    for (const word of suggestions) items.push({ label: word, click: () => replaceWith(word) });
    items.push({ type: 'separator' });
  }
  const { canCut, canCopy, canPaste, canSelectAll } = request.editFlags;
  if (request.isEditable) {
    items.push(
      { role: 'cut', label: labels.cut, enabled: canCut },
      { role: 'copy', label: labels.copy, enabled: canCopy },
      { role: 'paste', label: labels.paste, enabled: canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: labels.selectAll, enabled: canSelectAll },
    );
  } else if (request.selectionText.trim()) {
    items.push({ role: 'copy', label: labels.copy, enabled: canCopy });
  }
  return items;
}
