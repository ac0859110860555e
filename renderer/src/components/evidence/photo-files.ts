/**
 * What evidence is (decided in issue #16, item 5): photos, JPEG or PNG, that the Word report
 * prints with their captions. Documents (PDF, Word, spreadsheets) are refused before they are
 * sent, with the reason: the Word report has no place for them, so they travel beside it. A
 * file's type is read from the browser, or from its extension when the system gives none.
 */
export const PHOTO_TYPES = ['image/jpeg', 'image/png'] as const;
export const PHOTO_ACCEPT = '.jpg,.jpeg,.png,image/jpeg,image/png';

export function photoTypeOf(file: { name: string; type: string }): (typeof PHOTO_TYPES)[number] | null {
  const declared = PHOTO_TYPES.find((type) => type === file.type);
  if (declared) return declared;
  if (file.type !== '' && file.type !== 'application/octet-stream') return null;
  if (/\.jpe?g$/i.test(file.name)) return 'image/jpeg';
  if (/\.png$/i.test(file.name)) return 'image/png';
  return null;
}

/** A file's size for the officer: megabytes to one decimal, or whole kilobytes (at least 1). */
export function fileSize(bytes: number): { amount: number; unit: 'MB' | 'KB' } {
  if (bytes >= 1024 * 1024) return { amount: Math.round((bytes / 1024 / 1024) * 10) / 10, unit: 'MB' };
  return { amount: Math.max(1, Math.round(bytes / 1024)), unit: 'KB' };
}
