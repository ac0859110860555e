/** The DOM id of a form field from its model path ('sections.1.1.1.narrative' → 'field-sections-1-1-1-narrative'). */
export function fieldId(path: string): string {
  return `field-${path.replace(/\./g, '-')}`;
}

export function errorId(path: string): string {
  return `${fieldId(path)}-error`;
}

/**
 * Focuses the field a path names, or the nearest thing that exists (a piece of evidence
 * another component draws may only offer its section): tries ever shorter paths.
 */
export function focusField(path: string): boolean {
  const parts = path.split('.');
  for (let length = parts.length; length > 0; length--) {
    const element = document.getElementById(fieldId(parts.slice(0, length).join('.')));
    if (element) {
      element.focus();
      element.scrollIntoView({ block: 'center' });
      return true;
    }
  }
  return false;
}
