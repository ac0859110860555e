import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Controller, useFieldArray, useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { localize, type LocalizedText } from '@/shared/language';
import type { Problem } from '@/shared/report/completeness';
import { MeasuresChart } from '../../components/charts/MeasuresChart';
import { Button } from '../../components/controls/Button';
import { describedBy } from '../../components/form/FieldError';
import { errorId, fieldId } from '../../components/form/field-id';
import { FigureInput } from '../../components/form/FigureInput';
import { useFormat } from '../../i18n/useFormat';
import { problemText } from './problem-text';
import type { SectionValues } from './section-form-key';

const COLUMNS = ['indicator', 'unit', 'baseline', 'current', 'target', 'source'] as const;
type Column = (typeof COLUMNS)[number];
const FIGURES: ReadonlySet<Column> = new Set(['baseline', 'current', 'target']);

function newRowId(): string {
  return `m${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/**
 * The statistics of a Key Feature, one block per indicator: the indicator and its source get
 * the full width and wrap, the four short cells share a row. A seven-column table left the
 * indicator 90 px wide at 1024 px, cut to "Learners e", worse in French (issue #16, item 8).
 * Figures are typed and shown in the interface language (FigureInput).
 */
export function MeasuresTable({
  featureId,
  formKey,
  control,
  register,
  problems,
  suggestions,
}: {
  featureId: string;
  formKey: string;
  control: Control<SectionValues>;
  register: UseFormRegister<SectionValues>;
  problems: ReadonlyMap<string, Problem>;
  suggestions: readonly LocalizedText[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { fields, append, remove } = useFieldArray({ control, name: `${formKey}.measures`, keyName: 'key' });
  const addButton = useRef<HTMLButtonElement>(null);
  const measures = useWatch({ control, name: `${formKey}.measures` });
  const captionId = fieldId(`sections.${featureId}.measures`);

  function removeRow(index: number) {
    remove(index);
    // The removed row's button is gone: keep the keyboard user in the table's controls.
    addButton.current?.focus();
  }

  function cell(index: number, column: Column) {
    const path = `sections.${featureId}.measures.${index}.${column}`;
    const problem = problems.get(path);
    const name = `${formKey}.measures.${index}.${column}` as const;
    const common = {
      id: fieldId(path),
      'aria-label': t('reportForm.measures.cellLabel', { column: t(`reportForm.measures.${column}`), row: index + 1 }),
      'aria-invalid': problem ? true : undefined,
      'aria-describedby': describedBy(problem && errorId(path)),
    };
    return (
      <div key={column} className={`measure__cell measure__cell--${column}`}>
        <label htmlFor={fieldId(path)} aria-hidden="true">
          {t(`reportForm.measures.${column}`)}
        </label>
        {FIGURES.has(column) ? (
          <Controller
            control={control}
            name={name}
            render={({ field }) => (
              <FigureInput
                {...common}
                name={field.name}
                ref={field.ref}
                value={typeof field.value === 'string' ? field.value : ''}
                onChange={field.onChange}
                onBlur={field.onBlur}
                language={format.language}
              />
            )}
          />
        ) : (
          <input {...common} {...register(name)} />
        )}
        {problem && (
          <p className="field-error" id={errorId(path)}>
            {problemText(t, problem, format.language)}
          </p>
        )}
      </div>
    );
  }

  return (
    <fieldset className="measures">
      <legend id={captionId} tabIndex={-1}>
        {t('reportForm.measures.legend')}
      </legend>
      <p className="hint">
        {suggestions.length > 0
          ? t('reportForm.measures.suggested', {
              list: suggestions.map((suggestion) => localize(suggestion, format.language)).join('; '),
            })
          : t('reportForm.measures.hint')}
      </p>
      {fields.length > 0 && (
        <ol className="measures-list">
          {fields.map((row, index) => (
            <li key={row.key} className="measure">
              <p className="measure__number" aria-hidden="true">
                {t('reportForm.measures.row', { row: index + 1 })}
              </p>
              <div className="measure__cells">{COLUMNS.map((column) => cell(index, column))}</div>
              <Button small variant="warning" onClick={() => removeRow(index)}>
                {t('reportForm.measures.remove', { row: index + 1 })}
              </Button>
            </li>
          ))}
        </ol>
      )}
      <MeasuresChart featureId={featureId} measures={measures} />
      <Button
        ref={addButton}
        onClick={() =>
          append({ id: newRowId(), indicator: '', unit: '', baseline: '', current: '', target: '', source: '' })
        }
      >
        {t('reportForm.measures.add')}
      </Button>
    </fieldset>
  );
}
