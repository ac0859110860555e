import { describe, expect, it } from 'vitest';
import { formatCalendarDate, parseCalendarDate } from '@/shared/report/calendar-date';

describe('calendar dates in the interface language', () => {
  it('shows the due date day first, as Kenya and France write it', () => {
    expect(formatCalendarDate('2026-12-31', 'en')).toBe('31/12/2026');
    expect(formatCalendarDate('2026-12-31', 'sw')).toBe('31/12/2026');
    expect(formatCalendarDate('2026-12-31', 'fr')).toBe('31/12/2026');
  });

  it('reads a day-first date with any of the usual separators, and ISO', () => {
    for (const language of ['en', 'sw', 'fr'] as const) {
      expect(parseCalendarDate('31/12/2026', language)).toBe('2026-12-31');
      expect(parseCalendarDate('1.3.2027', language)).toBe('2027-03-01');
      expect(parseCalendarDate('01-03-2027', language)).toBe('2027-03-01');
      expect(parseCalendarDate('2027-03-01', language)).toBe('2027-03-01');
    }
  });

  it('refuses what is no real date, including the American order for a day above 12', () => {
    for (const text of ['12/31/2026', '31/02/2026', '2026-13-01', '31/12/26', 'end of year', ''])
      expect(parseCalendarDate(text, 'en'), text).toBeNull();
  });
});
