import { localeOf, type Language } from '@/shared/language';

/**
 * Dates, numbers and percentages in the officer's language, through Intl only: no hand-made
 * "%" or month names, so Kiswahili gets "Aprili 2024" and French "45 %" with its narrow space.
 * Pure functions of (value, language) so the same output is testable without a browser.
 */

/** "2024-04" (a report period month) → a Date at noon UTC, so no time zone moves it to another month. */
function monthToDate(month: string): Date {
  const [year, monthNumber] = month.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (monthNumber ?? 1) - 1, 1, 12));
}

export function formatMonth(month: string, language: Language): string {
  return new Intl.DateTimeFormat(localeOf(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    monthToDate(month),
  );
}

/** A reporting period, e.g. "April 2024 – September 2026", with the locale's own range punctuation. */
export function formatPeriod(period: { startMonth: string; endMonth: string }, language: Language): string {
  const format = new Intl.DateTimeFormat(localeOf(language), { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return format.formatRange(monthToDate(period.startMonth), monthToDate(period.endMonth));
}

/** A calendar date such as a due date ("2026-12-31"), shown without any time-zone shift. */
export function formatDate(isoDate: string, language: Language): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate.slice(0, 10)}T12:00:00Z`),
  );
}

/** A moment such as "last saved", in the computer's own time zone. */
export function formatDateTime(moment: string | Date, language: Language): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(moment),
  );
}

/** A time of day for "Saved at 10:42" and "Synced 10:42". */
export function formatTime(moment: string | Date, language: Language): string {
  return new Intl.DateTimeFormat(localeOf(language), { timeStyle: 'short' }).format(new Date(moment));
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(localeOf(language)).format(value);
}

/** A fraction 0…1 as a whole percentage ("45%", "45 %", "45%"). */
export function formatPercent(fraction: number, language: Language): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}
