import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report } from '@/shared/report/schema';
import { Button } from '../../components/controls/Button';

/**
 * "Deleted … Undo" right after a delete. Focus moves to the notice so a keyboard user can
 * undo at once; the report stays restorable until the notice is dismissed.
 */
export function UndoDelete({
  report,
  onUndo,
  onDismiss,
}: {
  report: Report;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => undoButton.current?.focus(), [report.id]);
  return (
    <div className="notice" role="status">
      <p>{t('reportForm.list.deleted', { title: report.title })}</p>
      <div className="actions">
        <Button ref={undoButton} variant="primary" onClick={onUndo}>
          {t('reportForm.list.undo')}
        </Button>
        <Button onClick={onDismiss}>{t('reportForm.list.dismiss')}</Button>
      </div>
    </div>
  );
}
