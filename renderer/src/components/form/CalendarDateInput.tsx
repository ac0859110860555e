import { formatCalendarDate, parseCalendarDate } from '@/shared/report/calendar-date';
import { FormattedInput, type FormattedInputProps } from './FormattedInput';

const CALENDAR_DATE = { parse: parseCalendarDate, format: formatCalendarDate };

/**
 * A date typed and shown as the interface language writes it ("31/12/2026"), stored as ISO: the
 * browser's date input follows the computer's locale instead, and showed Kenyan officers "12/31/2026".
 */
export function CalendarDateInput(props: FormattedInputProps) {
  return <FormattedInput {...props} valueFormat={CALENDAR_DATE} />;
}
