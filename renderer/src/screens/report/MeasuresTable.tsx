import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldArray, type Control, type UseFormRegister } from 'react-hook-form';
import { localize, type LocalizedText } from '../../../../shared/language';
import type { Problem } from '../../../../shared/report/completeness';
import type { Section } from '../../../../shared/report/schema';
import { describedBy } from '../../components/form/FieldError';
import { MeasuresChart } from '../../components/charts/MeasuresChart';
import { useFormat } from '../../i18n/useFormat';
import { errorId, fieldId } from './field-id';
import { problemText } from './problem-text';

const COLUMNS = ['indicator', 'unit', 'baseline', 'current', 'target', 'source'] as const;
const FIGURES = new Set<string>(['baseline', 'current', 'target']);

function newRowId(): string {
  return `m${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** The statistics of a Key Feature: one row per indicator, figures checked as the officer types. */
export function MeasuresTable({
  featureId,
  control,
  register,
  problems,
  suggestions,
}: {
  featureId: string;
  control: Control<Section>;
  register: UseFormRegister<Section>;
  problems: ReadonlyMap<string, Problem>;
  suggestions: readonly LocalizedText[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { fields, append, remove } = useFieldArray({ control, name: 'measures', keyName: 'key' });
  const addButton = useRef<HTMLButtonElement>(null);
  const captionId = fieldId(`sections.${featureId}.measures`);

  function removeRow(index: number) {
    remove(index);
    // The removed row's button is gone: keep the keyboard user in the table's controls.
    addButton.current?.focus();
  }

  return (
    <fieldset className="measures">
      <legend id={captionId} tabIndex={-1}>
        {t('reportForm.measures.legend')}
      </legend>
      <p className="hint">{suggestions.length > 0 ? t('reportForm.measures.suggested', { list: suggestions.map((suggestion) => localize(suggestion, format.language)).join('; ') }) : t('reportForm.measures.hint')}</p>
      {fields.length > 0 && (
        <table className="measures-table">
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column} scope="col">
                  {t(`reportForm.measures.${column}`)}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('reportForm.measures.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {fields.map((row, index) => (
              <tr key={row.key}>
                {COLUMNS.map((column) => {
                  const path = `sections.${featureId}.measures.${index}.${column}`;
                  const problem = problems.get(path);
                  return (
                    <td key={column}>
                      <input
                        id={fieldId(path)}
                        aria-label={t('reportForm.measures.cellLabel', { column: t(`reportForm.measures.${column}`), row: index + 1 })}
                        inputMode={FIGURES.has(column) ? 'decimal' : 'text'}
                        aria-invalid={problem ? true : undefined}
                        aria-describedby={describedBy(problem && errorId(path))}
                        {...register(`measures.${index}.${column}`)}
                      />
                      {problem && (
                        <p className="field-error" id={errorId(path)}>
                          {problemText(t, problem)}
                        </p>
                      )}
                    </td>
                  );
                })}
                <td>
                  <button type="button" className="button button--small" onClick={() => removeRow(index)}>
                    {t('reportForm.measures.remove', { row: index + 1 })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MeasuresChart featureId={featureId} control={control} />
      <button
        ref={addButton}
        type="button"
        className="button"
        onClick={() => append({ id: newRowId(), indicator: '', unit: '', baseline: '', current: '', target: '', source: '' })}
      >
        {t('reportForm.measures.add')}
      </button>
    </fieldset>
  );
}
