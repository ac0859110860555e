import type { UseFormRegisterReturn } from 'react-hook-form';
import { errorId, fieldId } from '../../screens/report/field-id';
import { describedBy, FieldError } from './FieldError';

export interface TextFieldProps {
  readonly path: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly type?: 'text' | 'email' | 'tel' | 'url' | 'month' | 'date';
  readonly inputMode?: 'text' | 'decimal' | 'email' | 'tel' | 'url';
  readonly autoComplete?: string;
  readonly registration: UseFormRegisterReturn;
}

/** A labelled single-line answer with its hint and error linked for screen readers. */
export function TextField({ path, label, hint, error, type = 'text', inputMode, autoComplete, registration }: TextFieldProps) {
  const id = fieldId(path);
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldError path={path} message={error} />
      <input
        id={id}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete ?? 'off'}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && errorId(path))}
        {...registration}
      />
    </div>
  );
}
