import type { TFunction } from 'i18next';
import type { HistoryEntry } from '@/shared/ipc/channels/history';

/** Why a version was saved, naming the Word file or the department when the change came from one. */
export function historyReason(t: TFunction, dateTime: (moment: string) => string, entry: HistoryEntry): string {
  const source = entry.source;
  if (source?.kind === 'department') {
    const values = { department: source.department, date: dateTime(source.receivedAt) };
    return entry.reason === 'answers'
      ? t('drafts.history.source.answers', values)
      : t('drafts.history.source.beforeAnswers', values);
  }
  if (source?.kind === 'word-file') return t('drafts.history.source.beforeImport', { file: source.fileName });
  return t(`drafts.history.reason.${entry.reason}`);
}
