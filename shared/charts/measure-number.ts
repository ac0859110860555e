/** What an officer typed in a measure's cell, read as a number when it is one. */
export type MeasureReading =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string };

const MINUS = /^[-−–]/;

/**
 * Reads "1,250", "1 250", "12.5", "12,5" (a French decimal comma), "+40", "−3" and "45%" as
 * numbers. Anything with words or signs around it ("approx 5000", "~300", "10–20", "n/a") is
 * text: a chart must never draw a guess. A comma followed by exactly three digits groups
 * thousands; followed by one or two it is a decimal comma.
 */
export function readMeasure(typed: string): MeasureReading {
  const text = typed.trim();
  if (text === '') return { kind: 'empty' };
  let body = text.replace(/%$/, '').trim();
  const negative = MINUS.test(body);
  // "1 250" (a space, or the narrow no-break space French uses) groups thousands too.
  body = body.replace(/^[-−–+]/, '').replace(/(\d)[\u00a0\u202f ](?=\d{3}(?!\d))/g, '$1');
  let normal: string | undefined;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(body)) normal = body.replace(/,/g, '');
  else if (/^\d+,\d{1,2}$/.test(body)) normal = body.replace(',', '.');
  else if (/^\d+(\.\d+)?$/.test(body) || /^\.\d+$/.test(body)) normal = body;
  if (normal === undefined) return { kind: 'text', text };
  const value = Number(normal);
  if (!Number.isFinite(value)) return { kind: 'text', text };
  return { kind: 'number', value: negative ? -value : value };
}
