/**
 * The strict checks Finalise applies to single fields. Drafts keep whatever was typed; these
 * only decide whether a value is ready to submit. Inputs are capped short strings
 * (MAX_SHORT_TEXT), and the patterns are anchored with no nested quantifiers, so they run in
 * linear time.
 */

/** A stored figure (see figures.ts: canonical, or an English form from an older Ripoti). */
export { isStoredFigure as isFigure } from './figures';

/** One address: local part, "@", a domain with at least one dot; no spaces. */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value.trim());
}

/** A web address the Word export can turn into a link: http(s) and a dotted host, or a bare host. */
export function isWebAddress(value: string): boolean {
  return /^(https?:\/\/)?[a-z0-9-]+(\.[a-z0-9-]+)+(:\d{1,5})?([/?#]\S*)?$/i.test(value.trim());
}

/** GNLC membership is known to the year, the month or the day: "2020", "2020-09", "2020-09-15". */
export function isPartialDate(value: string): boolean {
  const match = /^(\d{4})(-(0[1-9]|1[0-2])(-(\d{2}))?)?$/.exec(value.trim());
  if (!match) return false;
  const day = match[5];
  if (day === undefined) return true;
  const date = new Date(`${value.trim()}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.getUTCDate() === Number(day);
}

export function isBlank(value: string): boolean {
  return value.trim().length === 0;
}

/** The year figures refer to: four digits, from the first census years to the end of this century. */
export function isYear(value: string): boolean {
  const trimmed = value.trim();
  return /^\d{4}$/.test(trimmed) && Number(trimmed) >= 1900 && Number(trimmed) <= 2100;
}
