import { fieldId } from './field-id';
import { FieldError } from './FieldError';

/**
 * What sits above every answer box: its label, its hint (id `<field>-hint`, for the box's
 * aria-describedby) and its error, so all fields read the same way to a screen reader.
 */
export function FieldHead({
  path,
  label,
  hint,
  error,
}: {
  path: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}) {
  const id = fieldId(path);
  return (
    <>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldError path={path} message={error} />
    </>
  );
}
