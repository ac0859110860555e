import { localeOf, type Language } from '../language';

/**
 * Calendar dates (the report's due date) are stored as ISO "2026-12-31" and typed and shown the
 * way the interface language writes them with Intl: Kenya writes day first ("31/12/2026") in
 * English and Kiswahili, France too. An ISO date typed as such is always understood.
 */

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The order in which a language writes day, month and year, read from Intl. */
function fieldOrder(language: Language): ('day' | 'month' | 'year')[] {
  const parts = new Intl.DateTimeFormat(localeOf(language), {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(new Date(Date.UTC(2026, 11, 31)));
  return parts.flatMap((part) =>
    part.type === 'day' || part.type === 'month' || part.type === 'year' ? [part.type] : [],
  );
}

/** "31/12/2026", "31.12.2026", "31-12-2026" or "2026-12-31" → "2026-12-31"; null when no real date. */
export function parseCalendarDate(text: string, language: Language): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const numbers = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : /^(\d{1,4})[/.\-\s](\d{1,2})[/.\-\s](\d{1,4})$/.exec(trimmed)?.slice(1).map(Number);
  if (!numbers || numbers.length !== 3) return null;
  const order = iso ? (['year', 'month', 'day'] as const) : fieldOrder(language);
  const value = { day: 0, month: 0, year: 0 };
  order.forEach((field, index) => (value[field] = numbers[index] ?? 0));
  if (value.year < 1000 || !isRealDate(value.year, value.month, value.day)) return null;
  return `${String(value.year)}-${String(value.month).padStart(2, '0')}-${String(value.day).padStart(2, '0')}`;
}

/** "2026-12-31" → "31/12/2026" in Kenya's English and Kiswahili and in French. */
export function formatCalendarDate(isoDate: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  return new Intl.DateTimeFormat(localeOf(language), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T12:00:00Z`));
}
