import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import type { Language } from '@/shared/language';
import { CalendarDateInput } from './CalendarDateInput';
import { describedBy } from './FieldError';
import { FieldHead } from './FieldHead';
import { errorId, fieldId } from './field-id';
import { FigureInput } from './FigureInput';

export interface FormattedFieldProps<Values extends FieldValues> {
  readonly path: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly kind: 'figure' | 'date';
  readonly language: Language;
  readonly control: Control<Values>;
  readonly name: Path<Values>;
}

/** A labelled figure or date, typed and shown in the interface language, stored in one form (see FigureInput). */
export function FormattedField<Values extends FieldValues>({
  path,
  label,
  hint,
  error,
  kind,
  language,
  control,
  name,
}: FormattedFieldProps<Values>) {
  const { field } = useController({ control, name });
  const id = fieldId(path);
  const value: unknown = field.value;
  const props = {
    id,
    name: field.name,
    ref: field.ref,
    autoComplete: 'off',
    value: typeof value === 'string' ? value : '',
    onChange: field.onChange,
    onBlur: field.onBlur,
    language,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(hint && `${id}-hint`, error && errorId(path)),
  };
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <FieldHead path={path} label={label} hint={hint} error={error} />
      {kind === 'figure' ? <FigureInput {...props} /> : <CalendarDateInput {...props} />}
    </div>
  );
}
