import type { ChangeEvent } from 'react';

export interface SelectOption<Value extends string> {
  readonly value: Value;
  readonly label: string;
}

export interface SelectFieldProps<Value extends string> {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly value: Value;
  readonly options: readonly SelectOption<Value>[];
  readonly onChange: (value: Value) => void;
  readonly disabled?: boolean;
}

/**
 * A labelled drop-down whose value is typed: `onChange` only ever receives one of the
 * options' values, so callers need no casting or fallback for a value they did not offer.
 */
export function SelectField<Value extends string>({
  id,
  label,
  hint,
  value,
  options,
  onChange,
  disabled,
}: SelectFieldProps<Value>) {
  const hintId = `${id}-hint`;
  function change(event: ChangeEvent<HTMLSelectElement>) {
    const chosen = options.find((option) => option.value === event.target.value);
    if (chosen) onChange(chosen.value);
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      <select
        id={id}
        className="select"
        value={value}
        onChange={change}
        aria-describedby={hint ? hintId : undefined}
        disabled={disabled}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
