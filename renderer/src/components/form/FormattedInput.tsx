import { useState, type InputHTMLAttributes, type Ref } from 'react';
import type { Language } from '@/shared/language';

export interface FormattedInputProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'defaultValue'
> {
  /** The stored value (canonical), or the text that could not be read. */
  readonly value: string;
  readonly onChange: (stored: string) => void;
  readonly language: Language;
  readonly ref?: Ref<HTMLInputElement>;
}

/** How one kind of value is read from what the officer typed and shown back, in a language. */
export interface ValueFormat {
  readonly parse: (text: string, language: Language) => string | null;
  readonly format: (stored: string, language: Language) => string;
}

/**
 * A value typed the way the interface language writes it and stored in one form that no
 * language misreads. The officer's own text stays in the box while typing; on leaving it, a
 * value that was read is shown as the language writes it. Text that cannot be read is kept
 * and stored as typed, for the rules to flag.
 */
export function FormattedInput({
  value,
  onChange,
  language,
  onBlur,
  valueFormat,
  ...rest
}: FormattedInputProps & { readonly valueFormat: ValueFormat }) {
  const [text, setText] = useState(() => valueFormat.format(value, language));
  return (
    <input
      {...rest}
      type="text"
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(valueFormat.parse(event.target.value, language) ?? event.target.value);
      }}
      onBlur={(event) => {
        const read = valueFormat.parse(text, language);
        if (read !== null) setText(valueFormat.format(read, language));
        onBlur?.(event);
      }}
    />
  );
}
