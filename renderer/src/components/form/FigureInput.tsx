import { formatFigure, parseFigure } from '@/shared/report/figures';
import { FormattedInput, type FormattedInputProps } from './FormattedInput';

const FIGURE = { parse: parseFigure, format: formatFigure };

/** A figure typed and shown as the interface language writes it ("841 353", "3,5" in French), stored canonically. */
export function FigureInput(props: FormattedInputProps) {
  return <FormattedInput inputMode="decimal" {...props} valueFormat={FIGURE} />;
}
