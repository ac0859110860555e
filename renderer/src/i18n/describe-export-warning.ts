import type { TFunction } from 'i18next';
import type { ExportWarning } from '@/shared/ipc/channels/export';
import type { Language } from '@/shared/language';

/**
 * A photo the export left out, in the interface language: as describeError does for errors,
 * English keeps main's own sentence; Kiswahili and French say it by the problem's code, with
 * main's sentence in brackets for its particulars (a checksum, a missing file's path).
 */
export function describeExportWarning(t: TFunction, language: Language, warning: ExportWarning): string {
  if (language === 'en') return warning.message;
  return `${t(`export.result.photo.${warning.problem}`, { photo: warning.photo })} (${warning.message})`;
}
