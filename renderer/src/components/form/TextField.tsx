import type { UseFormRegisterReturn } from 'react-hook-form';
import { errorId, fieldId } from './field-id';
import { describedBy } from './FieldError';
import { FieldHead } from './FieldHead';

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
export function TextField({
  path,
  label,
  hint,
  error,
  type = 'text',
  inputMode,
  autoComplete,
  registration,
}: TextFieldProps) {
  const id = fieldId(path);
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <FieldHead path={path} label={label} hint={hint} error={error} />
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
