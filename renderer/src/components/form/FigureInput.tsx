import { useState, type InputHTMLAttributes, type Ref } from 'react';
import type { Language } from '../../../../shared/language';
import { formatFigure, parseFigure } from '../../../../shared/report/figures';

export interface FigureInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'defaultValue'> {
  /** The stored figure (canonical "841353", "3.5") or the text that was no figure. */
  readonly value: string;
  readonly onChange: (stored: string) => void;
  readonly language: Language;
  readonly ref?: Ref<HTMLInputElement>;
}

/**
 * A figure typed the way the interface language writes it ("841 353", "3,5" in French) and
 * stored in the form no language misreads (shared/report/figures.ts). The officer's own text
 * stays in the box while typing; on leaving it, a figure is shown as the language writes it.
 * Text that is no figure is kept and stored as typed, for the rules to flag.
 */
export function FigureInput({ value, onChange, language, onBlur, ...rest }: FigureInputProps) {
  const [text, setText] = useState(() => formatFigure(value, language));
  return (
    <input
      {...rest}
      type="text"
      inputMode="decimal"
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(parseFigure(event.target.value, language) ?? event.target.value);
      }}
      onBlur={(event) => {
        const figure = parseFigure(text, language);
        if (figure !== null) setText(formatFigure(figure, language));
        onBlur?.(event);
      }}
    />
  );
}
