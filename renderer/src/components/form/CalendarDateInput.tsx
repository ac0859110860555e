import { useState, type InputHTMLAttributes, type Ref } from 'react';
import type { Language } from '../../../../shared/language';
import { formatCalendarDate, parseCalendarDate } from '../../../../shared/report/calendar-date';

export interface CalendarDateInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'defaultValue'> {
  /** ISO "2026-12-31", or the text that was no date. */
  readonly value: string;
  readonly onChange: (stored: string) => void;
  readonly language: Language;
  readonly ref?: Ref<HTMLInputElement>;
}

/**
 * A date typed and shown as the interface language writes it ("31/12/2026"): the browser's
 * date input follows the computer's locale instead, and showed Kenyan officers "12/31/2026".
 */
export function CalendarDateInput({ value, onChange, language, onBlur, ...rest }: CalendarDateInputProps) {
  const [text, setText] = useState(() => formatCalendarDate(value, language));
  return (
    <input
      {...rest}
      type="text"
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(parseCalendarDate(event.target.value, language) ?? event.target.value);
      }}
      onBlur={(event) => {
        const date = parseCalendarDate(text, language);
        if (date !== null) setText(formatCalendarDate(date, language));
        onBlur?.(event);
      }}
    />
  );
}
