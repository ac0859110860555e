import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useDescribeError } from '../../i18n/useDescribeError';
import { useFormat } from '../../i18n/useFormat';
import type { SaveQueue } from './save-queue';

/** "Saving…", "Saved 10:42", or "Not saved: … — retrying", in a polite live region. */
export function SaveStatus({ queue }: { queue: SaveQueue }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useDescribeError();
  const state = useSyncExternalStore(queue.subscribe, queue.getState);
  let text = '';
  if (state.kind === 'saving') text = t('reportForm.save.saving');
  if (state.kind === 'saved') text = t('reportForm.save.saved', { time: format.time(state.savedAt) });
  if (state.kind === 'failed')
    text = t('reportForm.save.failed', { reason: describe(state.error), seconds: Math.round(state.retryInMs / 1000) });
  return (
    <p className={`save-status save-status--${state.kind}`} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </p>
  );
}
