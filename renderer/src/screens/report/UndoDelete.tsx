import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report } from '../../../../shared/report/schema';

/**
 * "Deleted … Undo" right after a delete. Focus moves to the notice so a keyboard user can
 * undo at once; the report stays restorable until the notice is dismissed.
 */
export function UndoDelete({ report, onUndo, onDismiss }: { report: Report; onUndo: () => void; onDismiss: () => void }) {
  const { t } = useTranslation();
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => undoButton.current?.focus(), [report.id]);
  return (
    <div className="notice" role="status">
      <p>{t('reportForm.list.deleted', { title: report.title })}</p>
      <button ref={undoButton} type="button" className="button" onClick={onUndo}>
        {t('reportForm.list.undo')}
      </button>{' '}
      <button type="button" className="button" onClick={onDismiss}>
        {t('reportForm.list.dismiss')}
      </button>
    </div>
  );
}
