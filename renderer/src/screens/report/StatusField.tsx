import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { SECTION_STATUSES, type SectionStatus } from '@/shared/report/schema';
import { fieldId } from '../../components/form/field-id';

/**
 * The officer's word on a Key Feature: not started, in progress, complete, not applicable.
 * One radio group per Key Feature (its own name), so Tab stops once per Key Feature and the
 * arrow keys move only within it. The checked radio carries the field's id, so a Review link
 * to the status lands on the current choice.
 */
export function StatusField({
  base,
  status,
  registration,
  message,
}: {
  base: string;
  status: SectionStatus;
  registration: UseFormRegisterReturn;
  message: { text: string; error: boolean } | undefined;
}) {
  const { t } = useTranslation();
  const messageId = `${fieldId(`${base}.status`)}-message`;
  return (
    <fieldset className="field status-field" aria-describedby={message ? messageId : undefined}>
      <legend>{t('reportForm.section.status.legend')}</legend>
      {message && (
        <p className={message.error ? 'field-error' : 'hint'} id={messageId}>
          {message.text}
        </p>
      )}
      <div className="status-field__options">
        {SECTION_STATUSES.map((value) => (
          <label key={value} className="radio">
            <input
              type="radio"
              value={value}
              id={value === status ? fieldId(`${base}.status`) : undefined}
              {...registration}
            />{' '}
            {t(`reportForm.section.status.${value}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
