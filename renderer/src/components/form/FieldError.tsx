import { errorId } from './field-id';

/** The message under a field, found by the field's aria-describedby; absent when there is none. */
export function FieldError({ path, message }: { path: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="field-error" id={errorId(path)}>
      {message}
    </p>
  );
}

/** aria-describedby for a field: its hint, its counter or its error, whichever exist. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string');
  return present.length > 0 ? present.join(' ') : undefined;
}
