import type { TFunction } from 'i18next';
import type { SyncStatus } from '@/shared/ipc/channels/sync';
import type { ShownError } from '../../i18n/describe-error';

export interface StatusInputs {
  readonly status: SyncStatus;
  /** A sync is running now: what the last one said no longer holds. */
  readonly running: boolean;
  /** The failure of the sync this screen started, if it failed. */
  readonly error: ShownError | null;
  readonly online: boolean;
}

/**
 * The Sync step's one honest status line, in parts: what went wrong (never an old message while
 * a new sync runs), when Ripoti tries again by itself, the conflicts, and the same count of
 * changes waiting that the progress bar counts down.
 */
export function statusLines(
  input: StatusInputs,
  t: TFunction,
  describe: (error: ShownError) => string,
  time: (iso: string) => string,
): string[] {
  const { status, running, online } = input;
  const lines: string[] = [];
  const problem = running ? null : (input.error ?? status.lastError);
  if (running) lines.push(t('sync.working'));
  else if (!online) lines.push(t('sync.status.offline'));
  else if (problem?.code === 'unauthorized' && problem.message.startsWith('Server refused'))
    lines.push(t('sync.status.wrongPassword'));
  else if (problem) lines.push(describe(problem));
  if (!running && status.nextRetryAt) lines.push(t('sync.status.retryAt', { time: time(status.nextRetryAt) }));
  if (status.conflicts > 0) lines.push(t('sync.status.conflicts', { count: status.conflicts }));
  if (status.changesWaiting > 0) lines.push(t('sync.status.waiting', { count: status.changesWaiting }));
  else if (status.lastSyncedAt) lines.push(t('sync.status.synced', { time: time(status.lastSyncedAt) }));
  else lines.push(t('sync.status.never'));
  return lines;
}
